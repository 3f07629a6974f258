/**
 * {@code impact template}: {@link org.impactkit.template.TemplateWriter} writes a blank evaluation
 * workbook and settings file to fill in. Its columns are the readers' column definitions ({@code
 * read.RecordReaders}), so the template and the readers cannot drift apart; it uses {@code read} and
 * {@code bank}, never an engine's calculation or a report.
 */
package org.impactkit.template;

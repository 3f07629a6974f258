/**
 * Turning files into records (SPEC §4): {@link org.impactkit.read.Tables} opens a CSV file or a
 * workbook's sheet as a table, {@link org.impactkit.read.RecordReaders} reads activities, participants
 * and counts (and holds their column definitions, which the template uses too), {@link
 * org.impactkit.read.ImpactMapReader} reads impact maps and investments, and {@link
 * org.impactkit.read.ParserMessages} words a parser's complaint. Sub-packages: {@code table} (column
 * rules), {@code csv}, {@code xlsx}, {@code yaml} (settings files), {@code bank} (bank files).
 *
 * <p>Uses {@code model}, {@code diagnostic}, {@code bank} and {@code internal}, and the file-format
 * libraries; never an engine's calculation, a report or the command line.
 */
package org.impactkit.read;

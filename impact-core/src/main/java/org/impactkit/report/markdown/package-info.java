/**
 * Markdown reports, a summary to paste into a grant application: {@link
 * org.impactkit.report.markdown.MarkdownReportWriter} (a calculation) and {@link
 * org.impactkit.report.markdown.SroiMarkdown} (an SROI).
 */
package org.impactkit.report.markdown;

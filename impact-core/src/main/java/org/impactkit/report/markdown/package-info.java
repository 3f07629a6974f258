/**
 * Markdown reports, a summary to paste into a grant application: {@link
 * org.impactkit.report.markdown.MarkdownReportWriter} (a calculation, from the {@link
 * org.impactkit.report.ReportModel}), {@link org.impactkit.report.markdown.SroiMarkdown} (an SROI) and
 * {@link org.impactkit.report.markdown.ComparisonMarkdown} (two years). Not API: write through {@code
 * Impact.write}.
 */
package org.impactkit.report.markdown;

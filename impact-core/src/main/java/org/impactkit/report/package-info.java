/**
 * Writing results. API: the {@link org.impactkit.report.ReportFormat}s {@code Impact.write} takes, how
 * figures read ({@link org.impactkit.report.Formats}), where a report goes by default, and the {@link
 * org.impactkit.report.OutputException} of an output that cannot be written. One sub-package per format,
 * none of them API.
 */
package org.impactkit.report;

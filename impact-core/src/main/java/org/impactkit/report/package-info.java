/**
 * Writing results, one sub-package per format ({@code json}, {@code csv}, {@code markdown}, {@code
 * html}, {@code xlsx}). API: the {@link org.impactkit.report.ReportFormat}s {@code Impact.write} takes,
 * the {@link org.impactkit.report.ReportModel} the HTML page and the Markdown summary both show, where a
 * report goes when no file is named ({@link org.impactkit.report.ReportLocations}) and the {@link
 * org.impactkit.report.OutputException} of an output that cannot be written. Figures read as {@link
 * org.impactkit.valuation.Formats} writes them; words every format shares are in {@code
 * report.internal}. The sub-packages are not API.
 *
 * <p>Uses the engines' results only ({@code valuation}, {@code sroi}, {@code compare} and what they
 * hold), so every format shows the same figures; never {@code read}, {@code evaluation} or the command
 * line.
 */
package org.impactkit.report;

/**
 * Writing results, one sub-package per format ({@code json}, {@code csv}, {@code markdown}, {@code
 * xlsx}); {@link org.impactkit.report.ReportLocations} says where a report goes when no file is named.
 * Words and number formats every format shares are in {@code report.internal}.
 *
 * <p>Uses the engines' results only ({@code valuation}, {@code sroi} and what they hold), so every
 * format shows the same figures; never {@code read}, {@code evaluation} or the command line.
 */
package org.impactkit.report;

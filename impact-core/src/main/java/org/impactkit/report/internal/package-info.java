/**
 * Words every report format shares: {@code ReportText} (titles, method notes, suppressed counts, text
 * made safe for a spreadsheet), {@code DiscountingText} (what discounting did, from the factors used),
 * {@code ComparisonText} and {@code CrossTabGrid}. Used by {@code report}
 * only. Not API.
 */
package org.impactkit.report.internal;

/**
 * Words and number formats every report format shares: {@code Formats} (numbers as people read them),
 * {@code Rounding} (figures as the JSON and CSV give them), {@code ReportText} (titles, method notes,
 * suppressed counts, text made safe for a spreadsheet). Used by {@code report} only. Not API.
 */
package org.impactkit.report.internal;

/**
 * HTML reports: the one-page report of SPEC §8.2, one self-contained file to read on a phone and print
 * on two A4 pages, rendered from the {@link org.impactkit.report.ReportModel}.
 */
package org.impactkit.report.html;

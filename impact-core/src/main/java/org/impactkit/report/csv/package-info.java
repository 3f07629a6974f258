/**
 * CSV reports, a folder of tidy tables per result: {@link org.impactkit.report.csv.CsvReportWriter}
 * (a calculation) and {@link org.impactkit.report.csv.SroiCsv} (an SROI), their cells written alike by
 * {@code CsvCells}.
 */
package org.impactkit.report.csv;

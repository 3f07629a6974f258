/**
 * CSV reports, a folder of tidy tables per result: {@link org.impactkit.report.csv.CsvReportWriter}
 * (a calculation), {@link org.impactkit.report.csv.SroiCsv} (an SROI) and {@link
 * org.impactkit.report.csv.ComparisonCsv} (two years), their cells written alike by {@code CsvCells}.
 * Not API: write through {@code Impact.write}.
 */
package org.impactkit.report.csv;

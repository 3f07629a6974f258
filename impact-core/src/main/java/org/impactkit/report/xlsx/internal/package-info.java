/**
 * The xlsx kit every workbook is written with (the wellbeing report and the SROI workbook): one
 * {@link org.impactkit.report.xlsx.internal.XlsxKit} per workbook with its styles, a
 * {@link org.impactkit.report.xlsx.internal.SheetWriter} per sheet, addresses and formulas from row and
 * column positions ({@link org.impactkit.report.xlsx.internal.Refs},
 * {@link org.impactkit.report.xlsx.internal.Formulas}), the one conversion of money to a cell's double
 * ({@link org.impactkit.report.xlsx.internal.CellNumbers}), bar charts, tables and print setup, and the one
 * sheet both workbooks hold alike ({@link org.impactkit.report.xlsx.internal.ChecksSheet}). Not API:
 * it changes with the workbooks.
 */
package org.impactkit.report.xlsx.internal;

/**
 * The workbook of an SROI analysis: {@link org.impactkit.report.xlsx.sroi.SroiWorkbook} puts the sheets
 * in order, and each sheet is a class of its own over the same kit as the wellbeing workbook.
 Not API.
 */
package org.impactkit.report.xlsx.sroi;

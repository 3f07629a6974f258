/** The workbook of an SROI analysis. */
package org.impactkit.report.xlsx.sroi;

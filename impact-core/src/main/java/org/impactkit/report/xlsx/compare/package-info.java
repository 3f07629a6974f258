/** The workbook of a comparison of two years (SPEC §8.3), over the shared xlsx kit. */
package org.impactkit.report.xlsx.compare;

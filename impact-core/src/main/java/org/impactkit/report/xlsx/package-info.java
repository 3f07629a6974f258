/** The funder-ready workbook of a wellbeing valuation (SPEC §8). */
package org.impactkit.report.xlsx;

/**
 * The funder-ready workbook of a wellbeing valuation (SPEC §8): {@link
 * org.impactkit.report.xlsx.WorkbookWriter} puts the sheets in order, and each sheet is a class of its
 * own over the kit in {@code internal}. The SROI workbook is in {@code sroi}.
 */
package org.impactkit.report.xlsx;

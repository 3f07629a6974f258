/**
 * Workbook sheets as tables ({@link org.impactkit.read.xlsx.XlsxTable}), streamed and read as a person
 * sees them. Uses {@code read.table}. Implementation detail; not API.
 */
package org.impactkit.read.xlsx;

/**
 * CSV files as tables ({@link org.impactkit.read.csv.CsvTable}): encoding detection, delimiters, size
 * limits ({@link org.impactkit.read.csv.CsvLimits}). Uses {@code read.table}. Implementation detail;
 * not API.
 */
package org.impactkit.read.csv;

/**
 * Tables of text cells and the column rules of SPEC §4.2 (header matching, money, percentages, dates,
 * yes/no). Implementation detail of the readers; not API.
 */
package org.impactkit.read.table;

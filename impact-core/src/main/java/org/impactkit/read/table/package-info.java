/**
 * Tables of text cells and the column rules of SPEC §4.2: {@link org.impactkit.read.table.Table} (one
 * row at a time; {@link org.impactkit.read.table.AbstractTable} holds what every format does alike),
 * {@link org.impactkit.read.table.Field} (a column the spec names), {@link
 * org.impactkit.read.table.Columns} (header matching), {@link org.impactkit.read.table.RowReader} and
 * {@link org.impactkit.read.table.Cells} (money, percentages, dates, yes/no). Implementation detail of
 * the readers; not API.
 */
package org.impactkit.read.table;

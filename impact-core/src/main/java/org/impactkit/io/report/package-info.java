/** Reports of a calculation: the funder-ready workbook, a CSV folder of tables, Markdown. */
package org.impactkit.io.report;

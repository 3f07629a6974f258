/** Reports of an SROI analysis: workbook, JSON, CSV and Markdown. */
package org.impactkit.io.report.sroi;

/** The xlsx kit shared by every workbook: styles, number formats, sheet writing, print setup. Not API. */
package org.impactkit.report.xlsx.internal;

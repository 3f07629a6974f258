/** Writing results: atomic output files and where a report goes by default; one sub-package per format. */
package org.impactkit.report;

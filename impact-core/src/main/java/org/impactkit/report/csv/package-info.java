/** CSV reports: a folder of tidy tables per result. Not API: write through {@code Impact.write}. */
package org.impactkit.report.csv;

/** CSV reports: a folder of tidy tables per result. */
package org.impactkit.report.csv;

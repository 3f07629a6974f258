/** Markdown reports: a summary to paste into a grant application. */
package org.impactkit.report.markdown;

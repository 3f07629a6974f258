/**
 * Markdown reports: a summary to paste into a grant application. Not API: write through {@code
 * Impact.write}.
 */
package org.impactkit.report.markdown;

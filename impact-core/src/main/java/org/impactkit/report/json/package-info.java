/**
 * JSON reports: {@code impact/calculate/v1} and {@code impact/sroi/v1}. Not API: write through {@code
 * Impact.write}.
 */
package org.impactkit.report.json;

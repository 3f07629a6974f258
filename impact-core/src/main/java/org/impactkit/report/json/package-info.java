/**
 * JSON reports: {@link org.impactkit.report.json.CalculationJson} ({@code impact/calculate/v1}),
 * {@link org.impactkit.report.json.SroiJson} ({@code impact/sroi/v1}) and {@link
 * org.impactkit.report.json.ComparisonJson} ({@code impact/compare/v1}). Not API: write through {@code
 * Impact.write}.
 */
package org.impactkit.report.json;

/**
 * JSON reports: {@link org.impactkit.report.json.CalculationJson} ({@code impact/calculate/v1}) and
 * {@link org.impactkit.report.json.SroiJson} ({@code impact/sroi/v1}).
 */
package org.impactkit.report.json;

/** JSON reports: {@code impact/calculate/v1} and {@code impact/sroi/v1}. */
package org.impactkit.report.json;

/** JSON output ({@code impact/calculate/v1}) and the one place figures are rounded for output. */
package org.impactkit.io.json;

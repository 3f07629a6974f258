/**
 * {@code impact template}: a blank evaluation workbook and settings file to fill in. Not API: write one
 * through {@code Impact.template}.
 */
package org.impactkit.template;

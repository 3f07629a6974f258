/** {@code impact template}: a blank evaluation workbook and settings file to fill in. */
package org.impactkit.template;

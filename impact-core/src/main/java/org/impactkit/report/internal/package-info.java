/** Words and number formats shared by every report format. Not API. */
package org.impactkit.report.internal;

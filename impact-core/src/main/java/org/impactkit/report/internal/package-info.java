/** Words shared by every report format. Not API. */
package org.impactkit.report.internal;

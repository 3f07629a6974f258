/**
 * Helpers shared by every package: quoting and shortening user values, "did you mean", currency
 * symbols, atomic files, and the quiet Log4j provider POI logs to. Not API: not exported from the
 * module, and may change without notice.
 */
package org.impactkit.internal;

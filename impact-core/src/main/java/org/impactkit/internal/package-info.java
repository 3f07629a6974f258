/**
 * Helpers every package may use, and which use no package of impact: text from inputs made inert,
 * quoted and shortened ({@link org.impactkit.internal.Texts}), "did you mean" ({@link
 * org.impactkit.internal.NearestMatch}), currency symbols ({@link org.impactkit.internal.Currencies}),
 * writing a file all or nothing ({@link org.impactkit.internal.AtomicFiles}), the evaluation.yaml line
 * mapping a column ({@link org.impactkit.internal.ColumnMappings}), a share written as a fraction where
 * percent points were meant ({@link org.impactkit.internal.PercentPoints}), ids from enum constants
 * ({@link org.impactkit.internal.ConstantNames}), the blank template's placeholder words ({@link
 * org.impactkit.internal.TemplatePlaceholders}) and the quiet Log4j provider POI logs to. Not API: not
 * exported from the module, and may change without notice.
 */
package org.impactkit.internal;

/**
 * Helpers every package may use, and which use no package of impact: text from inputs made inert,
 * quoted and shortened ({@link org.impactkit.internal.Texts}), "did you mean" ({@link
 * org.impactkit.internal.NearestMatch}), currency symbols ({@link org.impactkit.internal.Currencies})
 * and writing a file all or nothing ({@link org.impactkit.internal.AtomicFiles}). Not API.
 */
package org.impactkit.internal;

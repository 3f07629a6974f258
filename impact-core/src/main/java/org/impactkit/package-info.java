/**
 * impact: social value figures from participant and activity records. Start with {@link
 * org.impactkit.Impact}, the facade for analysts: load a bank, calculate a folder or records built in
 * code, write any report. Results are in {@link org.impactkit.valuation} and {@link org.impactkit.sroi}.
 */
package org.impactkit;

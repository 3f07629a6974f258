/**
 * impact: social value figures from participant and activity records. Start with {@link
 * org.impactkit.Impact}, the facade for analysts; results are in {@link org.impactkit.valuation} and
 * {@link org.impactkit.sroi}.
 */
package org.impactkit;

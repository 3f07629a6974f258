/**
 * Comparing two years (SPEC §8.3): two {@code calculate} results side by side, with the change in each
 * figure, the older year restated in the newer year's prices when they differ. Pure arithmetic on
 * {@link java.math.BigDecimal}: it reads no file (read turns the JSON reports into {@link
 * org.impactkit.compare.YearResult}s) and writes none (report renders a {@link
 * org.impactkit.compare.Comparison}). Uses model, diagnostic and the shared helpers only.
 */
package org.impactkit.compare;

package org.impactkit.valuation;

import java.math.BigDecimal;

/**
 * What the Monte Carlo found (SPEC §5.5): percentiles by nearest rank over its runs.
 *
 * @param runs how many runs
 * @param seed the seed of its random numbers
 * @param p5 5th percentile of social value
 * @param p50 median social value
 * @param p95 95th percentile of social value
 * @param ratioP5 5th percentile of the ratio, or {@code null} when nothing was invested
 * @param ratioP50 median ratio, or {@code null}
 * @param ratioP95 95th percentile of the ratio, or {@code null}
 * @param shareBelowOne the share of runs whose ratio is below 1, or {@code null}
 */
public record Simulation(int runs, long seed, BigDecimal p5, BigDecimal p50, BigDecimal p95, BigDecimal ratioP5,
    BigDecimal ratioP50, BigDecimal ratioP95, BigDecimal shareBelowOne) {}

package org.impactkit.valuation;

import java.math.BigDecimal;
import org.impactkit.model.Adjustments;

/**
 * The multipliers applied to an outcome's gross value (SPEC §5.2).
 *
 * @param deadweight the deadweight applied (0 when switched off or not given)
 * @param deadweightMissing whether the bank gave none and nothing overrode it
 * @param adjustments the outcome's SROI adjustments
 * @param pvFactor the present-value factor over the outcome's duration
 * @param multiplier the product of all factors: unit social value per £1 of gross value
 * @param discounting how its later years are discounted (SPEC §5.6)
 * @param uprating the factor that brought its value from the bank's prices to the report's (SPEC §5.4),
 *     already in its gross value
 */
public record OutcomeFactors(
    BigDecimal deadweight,
    boolean deadweightMissing,
    Adjustments adjustments,
    BigDecimal pvFactor,
    BigDecimal multiplier,
    Discounting discounting,
    BigDecimal uprating) {}

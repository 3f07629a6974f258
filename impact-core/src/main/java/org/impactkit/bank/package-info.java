/**
 * Value banks (SPEC §3): outcomes with their values by region and age band, deadweight and conflicts,
 * validated as a whole. API: get one from {@code Impact.defaultBank()} or {@code Impact.bank(idOrPath)};
 * {@link org.impactkit.bank.ValueBank} is immutable. Engine: uses only {@code model}.
 */
package org.impactkit.bank;

/**
 * Value banks (SPEC §3): {@link org.impactkit.bank.ValueBank} with its outcomes, age bands, regions,
 * deadweight and conflicts, validated when built, and the price indices uprating uses. Reading bank
 * files is {@code read.bank}'s job.
 *
 * <p>API: get a bank from {@code Impact.defaultBank()} or {@code Impact.bank(idOrPath)}; a {@link
 * org.impactkit.bank.ValueBank} is immutable. Engine: uses {@code model} and {@code internal}.
 */
package org.impactkit.bank;

/**
 * Value banks (SPEC §3): {@link org.impactkit.bank.ValueBank} with its outcomes, age bands, regions,
 * deadweight and conflicts, validated when built. Reading bank files is {@code read.bank}'s job.
 *
 * <p>Engine: uses {@code model} and {@code internal}.
 */
package org.impactkit.bank;

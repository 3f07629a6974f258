/** Value banks (SPEC §3): outcomes, age bands, regions, deadweight and conflicts, validated. Engine. */
package org.impactkit.bank;

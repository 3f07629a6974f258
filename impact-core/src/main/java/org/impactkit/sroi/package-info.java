/**
 * The SROI engine (SPEC §6): present values, payback, tipping points and scenarios of an impact map.
 * API: {@link org.impactkit.sroi.SroiResult}, from {@code Impact.sroi}. Engine.
 */
package org.impactkit.sroi;

/** The SROI engine (SPEC §6): impact maps, present values, payback, tipping points, scenarios. Engine. */
package org.impactkit.sroi;

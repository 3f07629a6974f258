/** Packed data structures of the valuation engine (participants, claim cells). Not API. */
package org.impactkit.valuation.internal;

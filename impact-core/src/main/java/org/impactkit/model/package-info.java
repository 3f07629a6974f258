/**
 * The records read from inputs (activities, participants, counts), where they came from, and the
 * diagnostics that point back at them. Part of the engine: no file formats, no terminal.
 */
package org.impactkit.model;

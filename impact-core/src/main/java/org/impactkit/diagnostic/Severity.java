package org.impactkit.diagnostic;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The input is wrong; the run stops unless invalid rows are skipped. */
  ERROR,
  /** The figures stand but a careful assessor should know this. */
  WARNING;

  /** {@return the lower-case name used in JSON and messages} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

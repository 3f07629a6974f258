package org.impactkit.model;

/**
 * An assumption of an impact-map row that sensitivity analysis varies. The order is the order of the
 * analysis's tables, and {@link ImpactMapRow} keeps its parameters in it.
 */
public enum Parameter {
  QUANTITY("quantity", "Quantity", false),
  PROXY_VALUE("proxyValue", "Proxy value", false),
  DEADWEIGHT("deadweight", "Deadweight", true),
  DISPLACEMENT("displacement", "Displacement", true),
  ATTRIBUTION("attribution", "Attribution", true),
  DROP_OFF("dropOff", "Drop-off", true);

  private final String id;
  private final String label;
  private final boolean percentage;

  Parameter(String id, String label, boolean percentage) {
    this.id = id;
    this.label = label;
    this.percentage = percentage;
  }

  /** The id used in JSON output, e.g. {@code dropOff}. */
  public String id() {
    return id;
  }

  /** The label for people, e.g. {@code Drop-off}. */
  public String label() {
    return label;
  }

  /** Whether the parameter is a share from 0% to 100% (held as a fraction 0–1). */
  public boolean isPercentage() {
    return percentage;
  }
}

package org.impactkit.model;

/**
 * An assumption of an impact-map row that sensitivity analysis varies. The order is the order of the
 * analysis's tables, and {@link ImpactMapRow} keeps its parameters in it.
 */
public enum Parameter {
  /** How many people achieve the outcome. */
  QUANTITY("quantity", "Quantity", false),
  /** The money value of the outcome per person. */
  PROXY_VALUE("proxyValue", "Proxy value", false),
  /** The share that would have happened anyway. */
  DEADWEIGHT("deadweight", "Deadweight", true),
  /** The share that displaced the same outcome elsewhere. */
  DISPLACEMENT("displacement", "Displacement", true),
  /** The share owed to others' work. */
  ATTRIBUTION("attribution", "Attribution", true),
  /** The share of the outcome lost each year after the first. */
  DROP_OFF("dropOff", "Drop-off", true);

  private final String id;
  private final String label;
  private final boolean percentage;

  Parameter(String id, String label, boolean percentage) {
    this.id = id;
    this.label = label;
    this.percentage = percentage;
  }

  /** {@return the id used in JSON output, e.g. {@code dropOff}} */
  public String id() {
    return id;
  }

  /** {@return the label for people, e.g. {@code Drop-off}} */
  public String label() {
    return label;
  }

  /** {@return whether the parameter is a share from 0% to 100% (held as a fraction 0–1)} */
  public boolean isPercentage() {
    return percentage;
  }
}

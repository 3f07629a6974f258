package org.impactkit.model;

import java.util.List;
import org.impactkit.internal.ConstantNames;

/**
 * An assumption of an impact-map row that sensitivity analysis varies. The order is the order of the
 * analysis's tables, and {@link ImpactMapRow} keeps its parameters in it.
 */
public enum Parameter {
  /** How many people achieve the outcome. */
  QUANTITY("Quantity"),
  /** The money value of the outcome per person. */
  PROXY_VALUE("Proxy value"),
  /** The share that would have happened anyway. */
  DEADWEIGHT("Deadweight"),
  /** The share that displaced the same outcome elsewhere. */
  DISPLACEMENT("Displacement"),
  /** The share owed to others' work. */
  ATTRIBUTION("Attribution"),
  /** The share of the outcome lost each year after the first. */
  DROP_OFF("Drop-off");

  /**
   * The shares by which an outcome's value is reduced, in the order they are applied (and a simulation
   * draws them): deadweight, displacement, attribution, drop-off.
   */
  public static final List<Parameter> SHARES = List.of(DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF);

  private final String label;

  Parameter(String label) {
    this.label = label;
  }

  /** {@return the id used in JSON output, e.g. {@code dropOff}} */
  public String id() {
    return ConstantNames.camel(this);
  }

  /** {@return the label for people, e.g. {@code Drop-off}} */
  public String label() {
    return label;
  }

  /** {@return whether the parameter is a share from 0% to 100% (held as a fraction 0–1)} */
  public boolean isPercentage() {
    return SHARES.contains(this);
  }
}

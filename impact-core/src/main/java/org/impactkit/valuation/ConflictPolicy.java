package org.impactkit.valuation;

import java.util.Arrays;
import org.impactkit.internal.ConstantNames;

/** How claims whose outcomes conflict for one person are resolved (SPEC §5.1 step 4). */
public enum ConflictPolicy {
  /** Keep the claim with the lower unit social value: do not over-claim. The default. */
  LOWEST,
  /** Keep the claim with the higher unit social value. */
  HIGHEST,
  /** Keep the claim that came first in the input. */
  FIRST,
  /** Stop with an error naming the conflicting rows. */
  ERROR;

  /**
   * {@return the policy as people write it: {@code lowest}, {@code highest}, {@code first} or {@code error}}
   */
  public String id() {
    return ConstantNames.kebab(this);
  }

  /**
   * The policy people wrote.
   *
   * @param text the policy, ignoring case
   * @return the policy
   * @throws IllegalArgumentException naming the valid policies
   */
  public static ConflictPolicy parse(String text) {
    for (ConflictPolicy p : values()) {
      if (p.id().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("expected one of " + Arrays.stream(values()).map(ConflictPolicy::id).toList()
        + ", found '" + text + "'");
  }
}

package org.impactkit.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * An activity (project, programme strand) that participants take part in, with its budget.
 *
 * @param id unique id, matched exactly as written
 * @param name display name; defaults to the id
 * @param budget money invested in the activity in the period, at least zero
 * @param region the bank region (id, label or alias) its participants default to, or {@code null}
 * @param partner the delivering organisation, or {@code null}
 * @param ref where it was read from
 */
public record Activity(String id, String name, BigDecimal budget, String region, String partner, RowRef ref) {
  public Activity {
    Texts.requireText(id, "activity id");
    Objects.requireNonNull(budget, "budget");
    if (budget.signum() < 0) {
      throw new IllegalArgumentException("budget must not be negative: " + budget.toPlainString());
    }
    name = Texts.isBlank(name) ? id : name;
    region = Texts.blankToNull(region);
    partner = Texts.blankToNull(partner);
    Objects.requireNonNull(ref, "ref");
  }
}

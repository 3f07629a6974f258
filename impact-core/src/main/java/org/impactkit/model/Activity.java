package org.impactkit.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.impactkit.internal.Texts;

/**
 * An activity (project, programme strand) that participants take part in, with its budget.
 *
 * <p>Plain data: a record holds what was given, and the calculation checks it (SPEC §4.3: an id, a
 * budget of 0 or more), reporting every problem with the record's place ({@link #ref}) rather than
 * failing on the first. Build one in code with {@link #builder()}.
 *
 * @param id unique id, matched exactly as written
 * @param name display name; defaults to the id
 * @param budget money invested in the activity in the period, at least zero
 * @param region the bank region (id, label or alias) its participants default to, or {@code null}
 * @param partner the delivering organisation, or {@code null}
 * @param ref where it was read from, or its key and source when built in code
 */
public record Activity(String id, String name, BigDecimal budget, String region, String partner, RowRef ref) {
  /**
   * Blank texts become {@code null} (the name the id); a place is required.
   *
   * @param id unique id, matched exactly as written
   * @param name display name; defaults to the id
   * @param budget money invested in the activity in the period, at least zero
   * @param region the bank region (id, label or alias) its participants default to, or {@code null}
   * @param partner the delivering organisation, or {@code null}
   * @param ref where it was read from, or its key and source when built in code
   */
  public Activity {
    name = Texts.isBlank(name) ? id : name;
    region = Texts.blankToNull(region);
    partner = Texts.blankToNull(partner);
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * What is wrong with a budget, in the words of SPEC §4.3.
   *
   * @param budget a budget as given
   * @return the problem, or {@code null} when there is none (no budget at all is a different problem)
   */
  public static String budgetProblem(BigDecimal budget) {
    return budget != null && budget.signum() < 0 ? "a budget cannot be negative, found " + budget.toPlainString()
        : null;
  }

  /**
   * This activity at another place.
   *
   * @param where the new place
   * @return a copy with {@code ref} replaced
   */
  public Activity withRef(RowRef where) {
    return new Activity(id, name, budget, region, partner, where);
  }

  /** @return a builder for an activity built in code, e.g. from a database */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Activity} in code: {@code Activity.builder().id("club").name("Job club")
   * .budget(new BigDecimal("10000")).build()}. Nothing is checked until the calculation, which reports
   * every problem of every record at once, each with its {@link #key key}.
   */
  public static final class Builder extends RecordBuilder<Builder> {
    /** One source for all of them: a calculation tells sources apart by identity. */
    private static final SourceFile SOURCE = SourceFile.inMemory("activities");


    private String id;
    private String name;
    private BigDecimal budget;
    private String region;
    private String partner;

    private Builder() {
      super(SOURCE);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * @param id the activity's unique id, which participant and counts records name
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * @param name the name reports show; default: the id
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * @param budget the money invested in the activity in the period, 0 or more; required
     * @return this builder
     */
    public Builder budget(BigDecimal budget) {
      this.budget = budget;
      return this;
    }

    /**
     * @param region the bank region (id, label or alias) of its participants; default: none
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * @param partner the delivering organisation; default: none
     * @return this builder
     */
    public Builder partner(String partner) {
      this.partner = partner;
      return this;
    }

    /** @return the activity */
    public Activity build() {
      return new Activity(id, name, budget, region, partner, ref());
    }
  }
}

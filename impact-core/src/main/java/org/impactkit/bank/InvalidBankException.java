package org.impactkit.bank;

import java.io.Serializable;
import java.util.List;

/** A value bank that breaks the rules of SPEC §3.1; lists every problem found. */
public final class InvalidBankException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial every rule the bank breaks (an array: every part of the serial form is serializable) */
  private final Problem[] problems;

  /** @param problems every rule the bank breaks */
  public InvalidBankException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid bank" : problems.get(0).render());
    this.problems = problems.toArray(Problem[]::new);
  }

  /** {@return every rule the bank breaks} */
  public List<Problem> problems() {
    return List.of(problems);
  }

  /**
   * One problem: which outcome (or {@code null} for the bank itself), which field, and what is wrong.
   *
   * @param outcomeId the offending outcome's id, or {@code null}
   * @param field the offending field, e.g. {@code values}
   * @param message what is wrong
   * @serial exclude
   */
  public record Problem(String outcomeId, String field, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@return the problem as one line: {@code outcome 'x', field 'values': …}} */
    public String render() {
      StringBuilder sb = new StringBuilder();
      if (outcomeId != null) {
        sb.append("outcome '").append(outcomeId).append("', ");
      }
      return sb.append("field '").append(field).append("': ").append(message).toString();
    }
  }
}

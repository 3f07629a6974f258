package org.impactkit.diagnostic;

import java.util.Objects;

/**
 * The outcome of one assurance check (SPEC §10).
 *
 * @param id which check
 * @param status pass, warn or fail
 * @param message what was found, in plain words naming the rows or values concerned
 * @param count how many rows, people or values the finding concerns (0 when it passed or counts nothing)
 */
public record Check(CheckId id, CheckStatus status, String message, long count) {
  /**
   * Creates the record, checking its parts.
   *
   * @param id which check
   * @param status pass, warn or fail
   * @param message what was found, in plain words naming the rows or values concerned
   * @param count how many rows, people or values the finding concerns (0 when it passed or counts nothing)
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public Check {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }

  /**
   * A check that found nothing wrong.
   *
   * @param id which check
   * @param message what was found, in plain words
   * @return the passed check, counting nothing
   */
  public static Check pass(CheckId id, String message) {
    return new Check(id, CheckStatus.PASS, message, 0);
  }

  /**
   * A check that warns about {@code count} things.
   *
   * @param id which check
   * @param message what was found, in plain words naming the rows or values concerned
   * @param count how many rows, people or values the warning concerns
   * @return the warning
   */
  public static Check warn(CheckId id, String message, long count) {
    return new Check(id, CheckStatus.WARN, message, count);
  }

  /**
   * A check that fails on {@code count} things.
   *
   * @param id which check
   * @param message what was found, in plain words naming the rows or values concerned
   * @param count how many rows, people or values the failure concerns
   * @return the failure
   */
  public static Check fail(CheckId id, String message, long count) {
    return new Check(id, CheckStatus.FAIL, message, count);
  }

  /** {@return whether the check did not pass: it warned or failed} */
  public boolean notPassing() {
    return status != CheckStatus.PASS;
  }

  /** {@return one line for a terminal: {@code warning: deadweight: message}} */
  public String render() {
    return (status == CheckStatus.FAIL ? "check failed: " : status == CheckStatus.WARN ? "warning: " : "")
        + id.id() + ": " + message;
  }
}

package org.impactkit.diagnostic;

import java.util.List;

/**
 * The inputs break the rules: carries every problem found, in reading order, each located by file,
 * line and column, or by source and key for records built in code. Nothing was calculated or written.
 *
 * <p>Serializable with its problems, so they survive being sent between processes or logged as
 * objects.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** @serial every problem kept, in reading order (an array: every part of the serial form is serializable) */
  private final Diagnostic[] diagnostics;
  /** @serial errors found beyond those kept */
  private final long moreErrors;

  /**
   * @param diagnostics the problems (errors, and warnings found on the way)
   * @param moreErrors errors found beyond those listed, when there were too many to keep
   */
  public InvalidInputException(List<Diagnostic> diagnostics, long moreErrors) {
    super(summary(diagnostics, moreErrors));
    this.diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toArray(Diagnostic[]::new);
    this.moreErrors = moreErrors;
  }

  /** @param diagnostic the one problem */
  public InvalidInputException(Diagnostic diagnostic) {
    this(List.of(diagnostic), 0);
  }

  private static String summary(List<Diagnostic> diagnostics, long more) {
    return diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::render).orElse("invalid input")
        + (diagnostics.size() + more > 1 ? " (and " + (diagnostics.size() + more - 1) + " more)" : "");
  }

  /** @return every problem kept (errors, and warnings found on the way), in reading order */
  public List<Diagnostic> diagnostics() {
    return List.of(diagnostics);
  }

  /** @return the errors among {@link #diagnostics()} */
  public List<Diagnostic> errors() {
    return diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  /** @return errors found beyond those listed, when there were too many to keep */
  public long moreErrors() {
    return moreErrors;
  }
}

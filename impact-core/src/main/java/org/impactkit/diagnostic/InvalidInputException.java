package org.impactkit.diagnostic;

import java.util.List;

/** The inputs break the rules: carries every problem found, in reading order. Nothing was written. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;
  private final long moreErrors;

  /**
   * @param diagnostics the problems (errors, and warnings found on the way)
   * @param moreErrors errors found beyond those listed, when there were too many to keep
   */
  public InvalidInputException(List<Diagnostic> diagnostics, long moreErrors) {
    super(summary(diagnostics, moreErrors));
    this.diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    this.moreErrors = moreErrors;
  }

  public InvalidInputException(Diagnostic diagnostic) {
    this(List.of(diagnostic), 0);
  }

  private static String summary(List<Diagnostic> diagnostics, long more) {
    return diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::render).orElse("invalid input")
        + (diagnostics.size() + more > 1 ? " (and " + (diagnostics.size() + more - 1) + " more)" : "");
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** Errors found beyond those listed. */
  public long moreErrors() {
    return moreErrors;
  }
}

package org.impactkit.cli.serve;

import java.util.List;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;

/**
 * A request the server answers with a 4xx and a JSON body saying why: bad input (422, with every
 * diagnostic), an upload over a limit (413), or a request that is not a form upload (400, 415).
 */
final class Refused extends Exception {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  final int status;
  /** Problems with the inputs, each with its file, line and column where known. */
  final transient List<Diagnostic> diagnostics;
  /** The assurance checks that did not pass, when one failed. */
  final transient List<Check> checks;
  /** Problems found beyond those listed. */
  final long moreErrors;

  Refused(int status, String message, List<Diagnostic> diagnostics, List<Check> checks, long moreErrors) {
    super(message);
    this.status = status;
    this.diagnostics = List.copyOf(diagnostics);
    this.checks = List.copyOf(checks);
    this.moreErrors = moreErrors;
  }

  /** A refusal with one sentence and nothing more. */
  Refused(int status, String message) {
    this(status, message, List.of(), List.of(), 0);
  }

  /**
   * Invalid input: 422 with one problem about one file ({@code null} for the upload as a whole).
   *
   * @param problem what is wrong, without the file's name (the diagnostic puts it in front)
   */
  static Refused invalid(String file, String problem) {
    Diagnostic d = Diagnostic.error(file, 0, null, problem);
    return new Refused(422, d.render(), List.of(d), List.of(), 0);
  }

  /** An upload over a size or count limit: 413. */
  static Refused tooLarge(String message) {
    return new Refused(413, message);
  }
}

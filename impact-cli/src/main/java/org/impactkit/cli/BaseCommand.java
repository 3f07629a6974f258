package org.impactkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --help}, {@code --verbose} and the standard streams. A command
 * implements {@link #execute()}, returns {@link ExitCodes#OK} or throws; {@link Failures}, the one
 * handler, turns what it throws into a message and an exit code.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--verbose", description = "On an error, also print the technical details (stack trace).")
  boolean verbose;

  /**
   * Does the command's work.
   *
   * @return {@link ExitCodes#OK}, or another code for an outcome that is not a failure
   */
  abstract int execute() throws Exception;

  /** What the count of problems ends with when the inputs are invalid. */
  String whenInvalid() {
    return "nothing was written.";
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return execute();
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli hands the handler exceptions only: wrapped, these reach it too.
      throw new ExecutionException(spec.commandLine(), e.toString(), e);
    } finally {
      out().flush();
      err().flush();
    }
  }

  /** Prints the warnings of a result as the terminal shows them. */
  void printWarnings(Iterable<Diagnostic> warnings) {
    for (String line : Messages.render(warnings)) {
      err().println(line);
    }
  }

  /**
   * Prints the checks that did not pass (SPEC §10), or every check when {@code all}; when one failed, also
   * that nothing was written.
   */
  void printChecks(CalculationResult result, boolean all) {
    printChecks(result.checks(), all);
  }

  /** Prints {@code checks} as {@link #printChecks(CalculationResult, boolean)} does: an impact map's, say. */
  void printChecks(List<Check> checks, boolean all) {
    long failed = checks.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    for (Check c : checks) {
      if (all || c.notPassing()) {
        err().println(Messages.render(c));
      }
    }
    if (failed > 0) {
      err().println((failed == 1 ? "1 check failed" : failed + " checks failed")
          + "; the figures would very probably be wrong, so nothing was written.");
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A command line that parses but makes no sense (e.g. options that exclude each other). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}

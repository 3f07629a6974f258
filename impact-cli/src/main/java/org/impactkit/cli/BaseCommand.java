package org.impactkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.CheckStatus;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.valuation.CalculationResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: help, the standard streams, and turning failures into messages and exit
 * codes. Commands implement {@link #execute()}; no stack trace reaches a user unless {@code --verbose}.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--verbose", description = "On an error, also print the technical details (stack trace).")
  boolean verbose;

  /** Does the command's work; returns its exit code. */
  abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (InvalidInputException e) {
      printDiagnostics(e, "nothing was written.");
      return ExitCodes.INVALID_INPUT;
    } catch (UsageException e) {
      err().println("impact: " + e.getMessage());
      err().println("Try '" + spec.qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    } catch (AtomicFiles.OutputException e) {
      err().println(e.getMessage());
      err().println("Nothing was written.");
      trace(e);
      return ExitCodes.INVALID_INPUT;
    } catch (NoSuchFileException e) {
      err().println(e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "no such file"));
      return ExitCodes.INVALID_INPUT;
    } catch (AccessDeniedException e) {
      err().println(e.getFile() + ": permission denied");
      return ExitCodes.INVALID_INPUT;
    } catch (IOException | UncheckedIOException e) {
      err().println("impact: " + describe(e));
      trace(e);
      return ExitCodes.INVALID_INPUT;
    } catch (OutOfMemoryError e) {
      // Not a bug to report: the inputs need more heap than Java was given (it grows with distinct
      // participants, about 300 MB for a million).
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      err().println("impact: out of memory: these inputs need more than the " + heap + " MB of memory Java was given;"
          + " nothing was written.");
      err().println("Give it more, for example JAVA_OPTS=-Xmx" + Math.max(1, 2 * heap / 1024 + 1) + "g.");
      trace(e);
      return ExitCodes.INTERNAL;
    } catch (Exception | StackOverflowError e) {
      err().println("impact: internal error: " + describe(e));
      err().println(verbose ? "" : "Run again with --verbose for details, and please report it.");
      trace(e);
      return ExitCodes.INTERNAL;
    } finally {
      out().flush();
      err().flush();
    }
  }

  /**
   * Prints every problem, then a count and {@code outcome}, e.g. {@code 2 problems found; nothing was
   * written.}
   */
  void printDiagnostics(InvalidInputException e, String outcome) {
    long errors = 0;
    for (Diagnostic d : e.diagnostics()) {
      err().println(Messages.render(d));
      if (d.isError()) {
        errors++;
      }
    }
    errors += e.moreErrors();
    if (e.moreErrors() > 0) {
      err().println("… and " + e.moreErrors() + " more problems not shown");
    }
    err().println((errors == 1 ? "1 problem found; " : errors + " problems found; ") + outcome);
    trace(e);
  }

  /**
   * Prints the checks that did not pass (SPEC §10), or every check when {@code all}; when one failed, also
   * that nothing was written.
   */
  void printChecks(CalculationResult result, boolean all) {
    long failed = result.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    for (Check c : all ? result.checks() : result.checksNotPassing()) {
      err().println(Messages.render(c));
    }
    if (failed > 0) {
      err().println((failed == 1 ? "1 check failed" : failed + " checks failed")
          + "; the figures would very probably be wrong, so nothing was written.");
    }
  }

  private void trace(Throwable e) {
    if (verbose) {
      e.printStackTrace(err());
    }
  }

  private static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
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

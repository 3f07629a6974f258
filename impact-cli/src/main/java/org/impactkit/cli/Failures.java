package org.impactkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.report.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure becomes a message and an exit code: what a command throws (the library's
 * exceptions, usage errors, I/O) and command lines picocli cannot parse. No stack trace reaches a user
 * unless {@code --verbose}; the library's advice is worded as this tool's options ({@link Messages}).
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    BaseCommand command = cmd.getCommand() instanceof BaseCommand b ? b : null;
    boolean verbose = command != null && command.verbose;
    int code = report(e, cmd, err, command);
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static int report(Exception e, CommandLine cmd, PrintWriter err, BaseCommand command) {
    Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof InvalidInputException x) {
      printDiagnostics(x, err, command == null ? "nothing was written." : command.whenInvalid());
      return ExitCodes.INVALID_INPUT;
    } else if (cause instanceof BaseCommand.UsageException) {
      err.println("impact: " + cause.getMessage());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    } else if (cause instanceof OutputException) {
      err.println(cause.getMessage());
      err.println("Nothing was written.");
      return ExitCodes.INVALID_INPUT;
    } else if (cause instanceof NoSuchFileException x) {
      err.println(x.getFile() + ": " + (x.getReason() != null ? x.getReason() : "no such file"));
      return ExitCodes.INVALID_INPUT;
    } else if (cause instanceof AccessDeniedException x) {
      err.println(x.getFile() + ": permission denied");
      return ExitCodes.INVALID_INPUT;
    } else if (cause instanceof IOException || cause instanceof UncheckedIOException) {
      err.println("impact: " + describe(cause));
      return ExitCodes.INVALID_INPUT;
    } else if (cause instanceof OutOfMemoryError) {
      // Not a bug to report: the inputs need more heap than Java was given (it grows with distinct
      // participants, about 300 MB for a million).
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      err.println("impact: out of memory: these inputs need more than the " + heap + " MB of memory Java was given;"
          + " nothing was written.");
      err.println("Give it more, for example JAVA_OPTS=-Xmx" + Math.max(1, 2 * heap / 1024 + 1) + "g.");
      return ExitCodes.INTERNAL;
    }
    err.println("impact: internal error: " + describe(cause));
    if (command == null || !command.verbose) {
      err.println("Run again with --verbose for details, and please report it.");
    }
    return ExitCodes.INTERNAL;
  }

  /**
   * Prints every problem, then a count and {@code outcome}, e.g. {@code 2 problems found; nothing was
   * written.}
   */
  static void printDiagnostics(InvalidInputException e, PrintWriter err, String outcome) {
    long errors = 0;
    for (String line : Messages.render(e.diagnostics())) {
      err.println(line);
    }
    for (Diagnostic d : e.diagnostics()) {
      if (d.isError()) {
        errors++;
      }
    }
    errors += e.moreErrors();
    if (e.moreErrors() > 0) {
      err.println("… and " + e.moreErrors() + " more problems not shown");
    }
    err.println((errors == 1 ? "1 problem found; " : errors + " problems found; ") + outcome);
  }

  private static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /** A command line that does not parse: said briefly, with a pointer to help, exit 2. */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null && args.length > 0
        && !args[0].startsWith("-") && u.getUnmatched().indexOf(args[0]) == 0) {
      err.println("impact: '" + args[0] + "' is not a command"); // not picocli's "Unmatched arguments from index 0"
    } else {
      err.println("impact: " + e.getMessage());
    }
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }
}

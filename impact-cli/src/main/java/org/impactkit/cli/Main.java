package org.impactkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;

/** The {@code impact} command line tool. */
public final class Main {
  private Main() {}

  /**
   * Runs {@code impact} on the process's own streams and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new StandardOutput();
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code impact} with the given streams and arguments. Used by tests and by anyone embedding the
   * tool.
   *
   * @param out where reports and summaries go
   * @param err where problems and progress go
   * @param args the command line
   * @return the exit code (see {@code impact --help})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CalculateCommand.warmUpIfWorkbook(args);
    CommandLine cli = commandLine(out, err, args.length > 0 ? args[0] : null);
    int code = cli.execute(args);
    out.flush();
    if (out.checkError()) {
      // A report or summary cut short (a full disk, a closed pipe) is a failed run, whatever the command did.
      String why = out instanceof StandardOutput s && s.failure() != null ? s.failure() : "the output was closed";
      err.println("<stdout>: writing failed: " + why);
      code = code == ExitCodes.OK ? ExitCodes.INVALID_INPUT : code;
    }
    err.flush();
    return code;
  }

  /** The whole command line, every subcommand included. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null);
  }

  /**
   * The command line for a run whose first argument is {@code first}: with only that subcommand when it
   * names one, else (help, a typo, completion) with all of them.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cli = new CommandLine(new ImpactCommand());
    if (first != null && ImpactCommand.SUBCOMMANDS.containsKey(first)) {
      cli.addSubcommand(first, ImpactCommand.SUBCOMMANDS.get(first).get());
    } else {
      ImpactCommand.SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      // Shell completion: 'source <(impact completion)' in bash or zsh.
      CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
      completion.getCommandSpec().usageMessage().description(
          "Print a bash/zsh completion script for impact.", "Run: source <(impact completion)");
      completion.getCommandSpec().name("completion");
      cli.addSubcommand("completion", completion);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpWidth(100);
    cli.setUsageHelpLongOptionsMaxWidth(36);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    return cli;
  }

  /** Prints a usage error briefly, with a pointer to help, and exits 2. */
  private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("impact: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    }
  }
}

package org.impactkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import picocli.CommandLine;

/** The {@code impact} command line tool: wires picocli once, for every command. */
public final class Main {
  private Main() {}

  /**
   * Runs {@code impact} on the process's own streams and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new StandardOutput();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
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
    CalculateCommand.warmUp(args);
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

  /**
   * The command line for a run whose first argument is {@code first}: with only that subcommand when it
   * names one, else (help, completion, a typo) with all of them ({@link ImpactCommand#register}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    return wire(ImpactCommand.register(new CommandLine(new ImpactCommand()), first), out, err);
  }

  /**
   * Sets what every command shares: the streams, how option values are read (one converter per type,
   * as input files write them), help layout, failures.
   */
  static CommandLine wire(CommandLine cli, PrintWriter out, PrintWriter err) {
    Failures failures = new Failures();
    return cli.registerConverter(LocalDate.class, new Converters.Date())
        .registerConverter(Period.class, new Converters.FinancialYear())
        .registerConverter(ConflictPolicy.class, new Converters.Conflicts())
        .registerConverter(Discounting.Convention.class, new Converters.Convention())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpWidth(100)
        .setUsageHelpLongOptionsMaxWidth(36)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures)
        .setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
  }
}

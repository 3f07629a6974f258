package org.impactkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code impact bank}: look into value banks, and import a licence holder's own (SPEC §3.3). */
@Command(
    name = "bank",
    description = "List, show, import and check value banks.",
    subcommands = {BankListCommand.class, BankShowCommand.class, BankImportCommand.class, BankValidateCommand.class})
final class BankCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** {@code impact bank} alone shows what it can do. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

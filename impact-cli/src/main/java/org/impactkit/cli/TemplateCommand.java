package org.impactkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.impactkit.Impact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact template DIR}: a blank evaluation to fill in (SPEC §7). */
@Command(
    name = "template",
    description = "Write a blank evaluation.xlsx (with drop-down lists from the bank) and a commented "
        + "evaluation.yaml to fill in.",
    sortOptions = false)
final class TemplateCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (created if missing).")
  Path directory;

  @Mixin BankOption bank = new BankOption();

  @Option(names = "--force", description = "Replace evaluation.xlsx and evaluation.yaml if they exist.")
  boolean force;

  @Override
  int execute() throws IOException {
    for (Path p : Impact.template(bank.load(), bank.bank, directory, force)) {
      out().println("Wrote " + p);
    }
    out().println("Fill in the sheets, then run: impact calculate " + directory);
    return ExitCodes.OK;
  }
}

package org.impactkit.cli;

import java.nio.file.Path;
import java.util.List;
import org.impactkit.bank.ValueBank;
import org.impactkit.read.bank.Banks;
import org.impactkit.template.TemplateWriter;
import picocli.CommandLine.Command;
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

  @Option(names = "--bank", paramLabel = "ID|FILE",
      description = "Bank for the outcome, age band and region lists (default: uk-wellby-open).")
  String bank = Banks.DEFAULT_ID;

  @Option(names = "--force", description = "Replace evaluation.xlsx and evaluation.yaml if they exist.")
  boolean force;

  @Override
  int execute() throws Exception {
    ValueBank b = Banks.load(bank, null);
    List<Path> written = TemplateWriter.write(b, bank, directory, force);
    for (Path p : written) {
      out().println("Wrote " + p);
    }
    out().println("Fill in the sheets, then run: impact calculate " + directory);
    return ExitCodes.OK;
  }
}

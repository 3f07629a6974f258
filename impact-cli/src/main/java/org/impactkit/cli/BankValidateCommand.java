package org.impactkit.cli;

import java.io.IOException;
import org.impactkit.Impact;
import org.impactkit.bank.ValueBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code impact bank validate FILE}: whether a bank file loads, with every problem when not. */
@Command(name = "validate", description = "Check a bank file and report every problem.")
final class BankValidateCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The bank file (JSON).")
  String file;

  @Override
  int execute() throws IOException {
    ValueBank b = Impact.bank(file);
    out().println(file + ": valid bank '" + b.id() + "' " + b.info().version() + ", " + BankText.contents(b));
    return ExitCodes.OK;
  }
}

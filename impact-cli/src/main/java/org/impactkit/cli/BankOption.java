package org.impactkit.cli;

import java.io.IOException;
import org.impactkit.Impact;
import org.impactkit.bank.ValueBank;
import picocli.CommandLine.Option;

/** {@code --bank}, the one value bank a command reads: a picocli mixin for the bank commands and template. */
final class BankOption {
  @Option(names = "--bank", paramLabel = "ID|FILE",
      description = "Bank: a bundled id or a bank file (default: " + Impact.DEFAULT_BANK + ").")
  String bank = Impact.DEFAULT_BANK;

  /** Whether the bundled default bank is meant. */
  boolean isDefault() {
    return Impact.DEFAULT_BANK.equals(bank);
  }

  ValueBank load() throws IOException {
    return Impact.bank(bank);
  }
}

package org.impactkit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.valuation.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code impact bank list}: a bank's outcomes and values. */
@Command(name = "list", description = "List a bank's outcomes and values.")
final class BankListCommand extends BaseCommand {
  private static final int NAME_WIDTH = 40;

  @Mixin BankOption bank = new BankOption();

  @Override
  int execute() throws IOException {
    ValueBank b = bank.load();
    out().println(BankText.title(b));
    if (b.info().licence() != null) {
      out().println("Licence: " + BankText.firstPhrase(b.info().licence()) + " (details: impact bank show OUTCOME)");
    }
    out().println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Outcome", "Name", "Category", "Value a year", "Deadweight", "Survey"});
    for (Outcome o : b.outcomes()) {
      rows.add(new String[] {o.id(), BankText.shorten(o.name(), NAME_WIDTH), o.category() == null ? "" : o.category(),
          BankText.value(b, o), b.deadweight(o).map(Formats::percent).orElse("—"), o.requiresSurvey() ? "yes" : "no"});
    }
    Table.print(rows, out(), 3);
    out().println();
    boolean varies = b.outcomes().stream().anyMatch(o -> !o.values().isUniform());
    out().println(b.outcomes().size() + " outcomes; values per person per year"
        + (varies ? " (a range: the value varies by region and age band)" : "")
        + ". Details: impact bank show OUTCOME" + (bank.isDefault() ? "" : " --bank " + bank.bank));
    return ExitCodes.OK;
  }
}

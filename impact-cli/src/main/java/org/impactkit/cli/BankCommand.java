package org.impactkit.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.io.Formats;
import org.impactkit.io.bank.Banks;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.InvalidInputException;
import org.impactkit.model.NearestMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact bank}: look into value banks. */
@Command(
    name = "bank",
    description = "List, show and check value banks.",
    subcommands = {BankCommand.ListBank.class, BankCommand.Show.class, BankCommand.Validate.class})
final class BankCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options shared by the bank subcommands that read one bank. */
  abstract static class WithBank extends BaseCommand {
    @Option(names = "--bank", paramLabel = "ID|FILE", description = "Bank id or file (default: uk-wellby-open).")
    String bank = Banks.DEFAULT_ID;

    ValueBank load() throws Exception {
      return Banks.load(bank, null);
    }
  }

  @Command(name = "list", description = "List a bank's outcomes and values.")
  static final class ListBank extends WithBank {
    @Override
    int execute() throws Exception {
      ValueBank b = load();
      out().println(b.info().name() + " (" + b.id() + " " + b.info().version() + ", " + b.info().currency() + ", "
          + b.info().priceYear() + " prices)");
      out().println();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Outcome", "Name", "Category", "Value", "Deadweight", "Survey"});
      for (Outcome o : b.outcomes()) {
        rows.add(new String[] {o.id(), o.name(), o.category() == null ? "" : o.category(), value(b, o),
            b.deadweight(o).map(Formats::percent).orElse("—"), o.requiresSurvey() ? "yes" : "no"});
      }
      Table.print(rows, out(), 3);
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", description = "Show everything about one outcome: values, evidence, source.")
  static final class Show extends WithBank {
    @Parameters(index = "0", paramLabel = "OUTCOME", description = "Outcome id or name.")
    String outcome;

    @Override
    int execute() throws Exception {
      ValueBank b = load();
      Outcome o = b.outcome(outcome).orElseThrow(() -> new InvalidInputException(Diagnostic.error(null, 0, null,
          "outcome '" + outcome + "' is not in bank " + b.id() + NearestMatch.hint(outcome, b.outcomeIds())
              + " (see 'impact bank list')")));
      field("Outcome", o.id());
      field("Name", o.name());
      field("Category", o.category());
      field("Bank", b.id() + " " + b.info().version() + " (" + b.info().priceYear() + " prices)");
      if (o.values().isUniform()) {
        field("Value", Formats.money(o.values().uniformValue(), b.info().currency())
            + " per person per year, every region and age band");
      } else {
        field("Values", "per person per year");
        for (Region r : b.regions()) {
          StringBuilder sb = new StringBuilder();
          for (AgeBand band : b.ageBands()) {
            BigDecimal v = o.values().value(r.id(), band.id());
            sb.append(String.format("%-10s %s   ", band.label(), Formats.money(v, b.info().currency())));
          }
          field("  " + r.label(), sb.toString().strip());
        }
      }
      if (o.provenance().lifeSatisfactionChange() != null) {
        field("Life satisfaction", "+" + o.provenance().lifeSatisfactionChange().toPlainString()
            + " points (0–10 scale) per person per year");
      }
      field("Derivation", o.provenance().derivation());
      field("Deadweight", b.deadweight(o).map(Formats::percent).orElse("none given (0% applied, with a warning)"));
      field("Evidence", o.evidence());
      field("Survey needed", o.requiresSurvey() ? "yes (baseline and follow-up)" : "no");
      List<String> conflicts = b.outcomes().stream().filter(x -> b.conflict(o.id(), x.id())).map(Outcome::id).toList();
      field("Conflicts with", conflicts.isEmpty() ? null : String.join(", ", conflicts));
      field("Population", o.provenance().population());
      field("Source", o.provenance().source());
      field("Notes", o.provenance().notes());
      field("Licence", b.info().licence());
      return ExitCodes.OK;
    }

    private void field(String name, String value) {
      if (value != null && !value.isBlank()) {
        out().println(String.format("%-18s %s", name + ":", value));
      }
    }
  }

  @Command(name = "validate", description = "Check a bank file and report every problem.")
  static final class Validate extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The bank file (JSON).")
    String file;

    @Override
    int execute() throws Exception {
      ValueBank b = Banks.load(file, null);
      out().println(file + ": valid bank '" + b.id() + "' " + b.info().version() + ", " + b.outcomes().size()
          + " outcomes, " + b.regions().size() + " regions, " + (b.ageBands().size() - 1) + " age bands + unknown");
      return ExitCodes.OK;
    }
  }

  static String value(ValueBank b, Outcome o) {
    String currency = b.info().currency();
    if (o.values().isUniform()) {
      return Formats.money(o.values().uniformValue(), currency);
    }
    List<BigDecimal> all = o.values().byRegionAndBand().values().stream().map(Map::values)
        .flatMap(java.util.Collection::stream).sorted(Comparator.naturalOrder()).toList();
    return Formats.money(all.get(0), currency) + "–" + Formats.money(all.get(all.size() - 1), currency);
  }
}

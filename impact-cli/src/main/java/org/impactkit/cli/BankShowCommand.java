package org.impactkit.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.Impact;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.valuation.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code impact bank show OUTCOME}: everything the bank says about one outcome. */
@Command(name = "show", description = "Show everything about one outcome: values, derivation, evidence, source.")
final class BankShowCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "OUTCOME", description = "Outcome id or name.")
  String outcome;

  @Mixin BankOption bank = new BankOption();

  @Override
  int execute() throws IOException {
    ValueBank b = bank.load();
    Outcome o = Impact.outcome(b, outcome);
    String currency = b.info().currency();
    field("Outcome", o.id());
    field("Name", o.name());
    field("Category", o.category());
    field("Bank", BankText.title(b));
    if (o.values().isUniform()) {
      field("Value", Formats.money(o.values().uniformValue(), currency)
          + " per person per year, every region and age band");
    } else {
      field("Values", "per person per year, by region and age band:");
      List<String[]> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("Region"));
      b.ageBands().forEach(band -> header.add(band.label()));
      rows.add(header.toArray(String[]::new));
      for (Region r : b.regions()) {
        List<String> row = new ArrayList<>(List.of(r.label()));
        for (AgeBand band : b.ageBands()) {
          BigDecimal v = o.values().value(r.id(), band.id());
          row.add(v == null ? "—" : Formats.money(v, currency));
        }
        rows.add(row.toArray(String[]::new));
      }
      Table.print(rows, out(), 1);
    }
    if (o.hasRange()) {
      field("Range", Formats.money(o.low(), currency) + " to " + Formats.money(o.high(), currency)
          + " (low and high, as the source publishes them)");
    }
    field("Price year", b.priceYear(o) + (o.priceYearStated() ? "" : " (the bank's; the source states none)")
        + (b.uprating(o) == null ? "; uprating not declared" : "; uprated by method " + b.uprating(o).id()));
    if (o.provenance().lifeSatisfactionChange() != null) {
      field("Life satisfaction", "+" + o.provenance().lifeSatisfactionChange().toPlainString()
          + " points (0–10 scale) per person per year");
    }
    field("Derivation", o.provenance().derivation());
    field("Deadweight", b.deadweight(o).map(d -> Formats.percent(d)
            + (o.deadweight() == null ? " (category '" + o.deadweightCategory() + "')" : ""))
        .orElse("none given (0% applied, with a warning)"));
    field("Evidence", o.evidence() == null ? "not stated by the bank" : o.evidence());
    field("Survey needed", o.requiresSurvey()
        ? "yes: baseline and follow-up answers (columns baseline, follow_up) should back each claim"
        : "no: records of the outcome are enough");
    List<String> conflicts = b.outcomes().stream().filter(x -> b.conflict(o.id(), x.id())).map(Outcome::id).toList();
    field("Conflicts with", conflicts.isEmpty() ? "none"
        : String.join(", ", conflicts) + " (not both claimed for one person)");
    field("Population", o.provenance().population());
    field("Source", o.provenance().source() == null ? "not stated by the bank" : o.provenance().source());
    field("Notes", o.provenance().notes());
    field("Licence", b.info().licence());
    field("Attribution", b.info().attribution());
    return ExitCodes.OK;
  }

  private void field(String name, String value) {
    if (value != null && !value.isBlank()) {
      BankText.wrap(out(), String.format("%-19s", name + ":"), value);
    }
  }

  @Override
  String whenInvalid() {
    return "nothing to show."; // it never writes, so not "nothing was written"
  }
}

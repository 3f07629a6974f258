package org.impactkit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.Uprating;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.internal.Formats;
import org.impactkit.internal.NearestMatch;
import org.impactkit.read.Tables;
import org.impactkit.read.bank.BankJsonWriter;
import org.impactkit.read.bank.BankReader;
import org.impactkit.read.bank.BankTableImporter;
import org.impactkit.read.bank.Banks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact bank}: look into value banks, and import a licence holder's own (SPEC §3.3). */
@Command(
    name = "bank",
    description = "List, show, import and check value banks.",
    subcommands = {BankCommand.ListBank.class, BankCommand.Show.class, BankCommand.Import.class,
        BankCommand.Validate.class})
final class BankCommand implements Runnable {
  /** Text wider than this is wrapped, so output reads well in an ordinary terminal. */
  static final int WIDTH = 100;

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
    private static final int NAME_WIDTH = 40;

    @Override
    int execute() throws Exception {
      ValueBank b = load();
      out().println(title(b));
      if (b.info().licence() != null) {
        out().println("Licence: " + firstPhrase(b.info().licence()) + " (details: impact bank show OUTCOME)");
      }
      out().println();
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Outcome", "Name", "Category", "Value a year", "Deadweight", "Survey"});
      for (Outcome o : b.outcomes()) {
        rows.add(new String[] {o.id(), shorten(o.name(), NAME_WIDTH), o.category() == null ? "" : o.category(),
            value(b, o), b.deadweight(o).map(Formats::percent).orElse("—"), o.requiresSurvey() ? "yes" : "no"});
      }
      Table.print(rows, out(), 3);
      out().println();
      boolean varies = b.outcomes().stream().anyMatch(o -> !o.values().isUniform());
      out().println(b.outcomes().size() + " outcomes; values per person per year"
          + (varies ? " (a range: the value varies by region and age band)" : "")
          + ". Details: impact bank show OUTCOME" + (Banks.DEFAULT_ID.equals(bank) ? "" : " --bank " + bank));
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", description = "Show everything about one outcome: values, derivation, evidence, source.")
  static final class Show extends WithBank {
    @Parameters(index = "0", paramLabel = "OUTCOME", description = "Outcome id or name.")
    String outcome;

    @Override
    int execute() throws Exception {
      ValueBank b = load();
      Outcome o = b.outcome(outcome).orElseThrow(() -> new InvalidInputException(Diagnostic.error(null, 0, null,
          "outcome '" + outcome + "' is not in bank " + b.id() + NearestMatch.hint(outcome, b.outcomeIds())
              + " (see 'impact bank list')")));
      String currency = b.info().currency();
      field("Outcome", o.id());
      field("Name", o.name());
      field("Category", o.category());
      field("Bank", title(b));
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
        wrap(out(), String.format("%-19s", name + ":"), value);
      }
    }
  }

  @Command(name = "import", sortOptions = false,
      description = {"Turn a value table (CSV or XLSX, one row per outcome × region × age band) into a bank file.",
          "Columns: outcome_id, outcome_name, category, region, age_band, value, deadweight, evidence,",
          "requires_survey, and optionally conflicts (outcome ids separated by ; or |) and source."})
  static final class Import extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The value table (.csv or .xlsx).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
        description = "The bank file to write (.json), or '-' for standard output.")
    String output;

    @Option(names = "--id", paramLabel = "ID", description = "Bank id (default: from the file name).")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Bank name, as reports show it (default: the id).")
    String name;

    @Option(names = "--version", paramLabel = "V", description = "The bank's version (default: 1.0).")
    String version = "1.0";

    @Option(names = "--price-year", required = true, paramLabel = "YEAR",
        description = "The year whose prices the values are in, e.g. 2019.")
    int priceYear;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO currency code (default: GBP).")
    String currency = "GBP";

    @Option(names = "--uprating", paramLabel = "METHOD", converter = Converters.UpratingMethod.class,
        description = "How the values are uprated to a later year's prices: wellby, deflator or none (default: not"
            + " declared, so reports stay in the bank's prices unless a price year is asked for).")
    Uprating uprating;

    @Option(names = "--licence", paramLabel = "TEXT", description = "The licence the values are held under.")
    String licence;

    @Option(names = "--attribution", paramLabel = "TEXT", description = "The attribution the licence asks for.")
    String attribution;

    @Override
    int execute() throws Exception {
      if (priceYear < 1900 || priceYear > 2200) {
        throw new UsageException("--price-year: expected a year such as 2019, found " + priceYear);
      }
      Path target = "-".equals(output) ? null : Path.of(output);
      if (target != null && ReportTarget.isInput(target, List.of(file))) {
        throw new UsageException("the output would overwrite the value table; choose another -o");
      }
      String bankId = id != null ? id : idFrom(file);
      ValueBank.Info info = new ValueBank.Info(bankId, name, version, currency.toUpperCase(Locale.ROOT), priceYear,
          licence, attribution, null, uprating);
      BankTableImporter.Imported imported;
      try (org.impactkit.read.table.Table table = Tables.open(file, file.toString())) {
        imported = BankTableImporter.read(table, info);
      }
      imported.warnings().forEach(w -> err().println(Messages.render(w)));
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      BankJsonWriter.write(imported.bank(), json);
      byte[] bytes = json.toByteArray();
      // What is written must load: read it back exactly as 'calculate --bank' will.
      ValueBank written = BankReader.read(new ByteArrayInputStream(bytes), output);
      if (target == null) {
        out().print(new String(bytes, StandardCharsets.UTF_8));
        return ExitCodes.OK;
      }
      AtomicFiles.write(target, o -> o.write(bytes));
      out().println("Wrote bank '" + written.id() + "' " + written.info().version() + " to " + target + ": "
          + written.outcomes().size() + " outcomes, " + written.regions().size() + " regions, "
          + (written.ageBands().size() - 1) + " age bands + unknown, " + written.info().priceYear() + " prices.");
      out().println("Use it with: impact calculate DIR --bank " + target + "   (or 'bank: "
          + target.toAbsolutePath().normalize() + "' in evaluation.yaml)");
      out().println("Keep this file to yourself: it holds your licensed values. Do not commit it to a shared"
          + " repository or send it on.");
      return ExitCodes.OK;
    }

    /** A bank id from a file name: {@code My Values 2024.csv} → {@code my-values-2024}. */
    static String idFrom(Path file) {
      String n = file.getFileName().toString();
      int dot = n.lastIndexOf('.');
      String base = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      return base.isEmpty() ? "my-bank" : base;
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

  static String title(ValueBank b) {
    return b.info().name() + " (" + b.id() + " " + b.info().version() + ", " + b.info().currency() + ", "
        + b.info().priceYear() + " prices)";
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

  /** The licence's name without its details: the text up to the first bracket or full stop. */
  static String firstPhrase(String text) {
    int cut = text.length();
    for (String stop : List.of(" (", ". ")) {
      int i = text.indexOf(stop);
      if (i >= 10 && i < cut) {
        cut = i;
      }
    }
    return shorten(text.substring(0, cut), 80);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  /** Prints {@code label} then {@code text} wrapped at {@link #WIDTH}, continuation lines indented under the text. */
  static void wrap(java.io.PrintWriter out, String label, String text) {
    String indent = " ".repeat(label.length());
    StringBuilder line = new StringBuilder(label);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }
}

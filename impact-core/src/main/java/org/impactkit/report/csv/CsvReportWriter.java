package org.impactkit.report.csv;

import static org.impactkit.report.csv.CsvCells.fraction;
import static org.impactkit.report.csv.CsvCells.money;
import static org.impactkit.report.csv.CsvCells.ratio;
import static org.impactkit.report.csv.CsvCells.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.impactkit.bank.AgeBand;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.valuation.Rounding;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.CrossTabCell;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.OutcomeFactors;
import org.impactkit.valuation.Rounding;

/**
 * Writes a {@link CalculationResult} as a folder of tidy CSV files, one per table (UTF-8, a header
 * row, RFC 4180 quoting): summary, by-age-band, by-activity, by-outcome, headcounts, calculation,
 * not-claimed and skipped-rows. Figures are rounded as in the JSON output. Every text cell gets the
 * OWASP CSV-injection defence ({@link ReportText#csvText}); numbers are written as numbers.
 */
public final class CsvReportWriter {
  /** How a cross-tab's file name begins; one file per cross-tab follows the {@link #FILES}. */
  public static final String CROSS_TAB_PREFIX = "crosstab";
  /** The value of a column a total counts across: {@code strand,(all),1056}. */
  static final String ALL = "(all)";

  /** The files of a report folder, in the order they are written (then a file per cross-tab). */
  public static final List<String> FILES = List.of("summary.csv", "by-age-band.csv", "by-activity.csv",
      "by-outcome.csv", "headcounts.csv", "calculation.csv", "not-claimed.csv", "skipped-rows.csv", "checks.csv");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final CalculationResult r;

  private CsvReportWriter(CalculationResult r) {
    this.r = r;
  }

  /** Every table, by file name, as the bytes of a CSV file. */
  public static Map<String, byte[]> tables(CalculationResult result) {
    CsvReportWriter w = new CsvReportWriter(result);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("summary.csv", w.csv(w::summary));
    files.put("by-age-band.csv", w.csv(w::byAgeBand));
    files.put("by-activity.csv", w.csv(w::byActivity));
    files.put("by-outcome.csv", w.csv(w::byOutcome));
    files.put("headcounts.csv", w.csv(w::headcounts));
    files.put("calculation.csv", w.csv(w::calculation));
    files.put("not-claimed.csv", w.csv(w::notClaimed));
    files.put("skipped-rows.csv", w.csv(w::skippedRows));
    for (CrossTab c : result.crossTabs()) {
      String name = crossTabFile(c.dimensions());
      for (int n = 2; files.containsKey(name); n++) {
        name = crossTabFile(c.dimensions()).replace(".csv", "-" + n + ".csv");
      }
      files.put(name, w.csv(p -> w.crossTab(p, c)));
    }
    files.put("checks.csv", w.csv(w::checks));
    return files;
  }

  /** A cross-tab's file: {@code crosstab-strand-gender.csv}, its columns in letters, digits and dashes. */
  static String crossTabFile(List<String> dimensions) {
    StringBuilder name = new StringBuilder(CROSS_TAB_PREFIX);
    for (String d : dimensions) {
      String slug = d.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      name.append('-').append(slug.isEmpty() ? "column" : slug);
    }
    return name.append(".csv").toString();
  }

  /**
   * Writes the folder all or nothing: the files go into a temporary folder beside {@code dir}, which
   * is then renamed to it. An existing folder is replaced only when it holds nothing but an earlier
   * report's files, so a mistyped {@code -o} never deletes anyone's work.
   *
   * @throws FileAlreadyExistsException when {@code dir} is a file, or a folder holding other files
   */
  public static void writeFolder(CalculationResult result, Path dir) throws IOException {
    Map<String, byte[]> files = tables(result);
    // A symbolic link keeps pointing where it did: the folder it leads to is the one replaced.
    Path target = AtomicFiles.followLinks(dir.toAbsolutePath().normalize());
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new java.nio.file.NoSuchFileException(String.valueOf(parent), null, "the output folder's parent does not exist");
    }
    if (Files.exists(target)) {
      checkReplaceable(dir, target);
    }
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    Path made = temp;
    AtomicFiles.registerTemporary(made); // deleted if Java is stopped before it is renamed
    Path old = null;
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(temp.resolve(f.getKey()), f.getValue());
      }
      AtomicFiles.readableByOthers(temp, "rwxr-xr-x");
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        move(target, old);
      }
      move(temp, target);
      temp = null;
    } finally {
      if (temp != null) {
        if (old != null && !Files.exists(target)) {
          move(old, target);
          old = null;
        }
        deleteTree(temp);
      }
      AtomicFiles.unregisterTemporary(made);
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  private static void checkReplaceable(Path dir, Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(dir.toString(), null, "is a file; CSV reports are written to a folder");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      for (Path e : entries) {
        String file = e.getFileName().toString();
        boolean ours = FILES.contains(file) || (file.startsWith(CROSS_TAB_PREFIX + "-") && file.endsWith(".csv"));
        if (!ours || !Files.isRegularFile(e)) {
          throw new FileAlreadyExistsException(dir.toString(), null,
              "already exists and holds other files (" + e.getFileName() + "); choose a new folder for the report");
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---------------------------------------------------------------- tables

  /**
   * Prints records through {@link CSVFormat#printRecord}; CSVPrinter itself carries an annotation whose
   * class is not on the classpath, which {@code -Xlint:all -Werror} rejects.
   */
  private static final class Rows {
    private final Appendable out;

    Rows(Appendable out) {
      this.out = out;
    }

    void printRecord(Object... values) throws IOException {
      FORMAT.printRecord(out, values);
    }

    void printRecord(Iterable<?> values) throws IOException {
      List<Object> list = new ArrayList<>();
      values.forEach(list::add);
      FORMAT.printRecord(out, list.toArray());
    }
  }

  @FunctionalInterface
  private interface Table {
    void write(Rows p) throws IOException;
  }

  private byte[] csv(Table table) {
    var bytes = new java.io.ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      table.write(new Rows(w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes one CSV table to a stream (left open), e.g. for tests or other sinks. */
  static void write(OutputStream out, byte[] table) throws IOException {
    out.write(table);
  }

  private String count(long n) {
    return ReportText.plainCount(r, n);
  }

  private void summary(Rows p) throws IOException {
    Totals tot = r.totals();
    var s = r.settings();
    var info = r.bank().info();
    p.printRecord("field", "value");
    p.printRecord("title", text(ReportText.title(r)));
    p.printRecord("name", text(s.name()));
    p.printRecord("organisation", text(s.organisation()));
    p.printRecord("period_start", s.period() == null ? "" : s.period().start().toString());
    p.printRecord("period_end", s.period() == null ? "" : s.period().end().toString());
    p.printRecord("bank", text(r.bank().id()));
    p.printRecord("bank_version", text(info.version()));
    p.printRecord("currency", text(info.currency()));
    p.printRecord("price_year", info.priceYear()); // the bank's, as before
    p.printRecord("report_price_year", r.priceYear().report());
    p.printRecord("price_indices", text(r.priceYear().indices()));
    p.printRecord("investment", money(tot.investment()));
    p.printRecord("gross_value", money(tot.grossValue()));
    p.printRecord("social_value", money(tot.socialValue()));
    p.printRecord("net_social_value", money(tot.netSocialValue()));
    p.printRecord("ratio", ratio(tot.ratio()));
    p.printRecord("participants", count(tot.participants()));
    p.printRecord("claims", count(tot.claims()));
    if (r.range() != null) {
      p.printRecord("social_value_low", money(r.range().low().socialValue()));
      p.printRecord("social_value_high", money(r.range().high().socialValue()));
      p.printRecord("ratio_low", ratio(r.range().low().ratio()));
      p.printRecord("ratio_high", ratio(r.range().high().ratio()));
    }
    if (r.simulation() != null) {
      p.printRecord("simulation_runs", r.simulation().runs());
      p.printRecord("simulation_seed", r.simulation().seed());
      p.printRecord("social_value_p5", money(r.simulation().p5()));
      p.printRecord("social_value_p50", money(r.simulation().p50()));
      p.printRecord("social_value_p95", money(r.simulation().p95()));
      p.printRecord("ratio_p5", ratio(r.simulation().ratioP5()));
      p.printRecord("ratio_p50", ratio(r.simulation().ratioP50()));
      p.printRecord("ratio_p95", ratio(r.simulation().ratioP95()));
      p.printRecord("share_below_one", ratio(r.simulation().shareBelowOne()));
    }
    p.printRecord("deadweight", s.deadweight() ? "bank" : "off");
    p.printRecord("conflicts", s.conflictPolicy().id());
    p.printRecord("discount_rate", fraction(s.discounting().rate()));
    p.printRecord("discount_schedule", s.discounting().schedule().id());
    p.printRecord("discount_schedule_wellby", s.wellbyDiscounting().schedule().id());
    p.printRecord("discounting", s.discounting().convention().id());
    p.printRecord("suppress_below", s.suppressBelow());
  }

  private void byAgeBand(Rows p) throws IOException {
    p.printRecord("age_band", "label", "participants", "claims", "gross_value", "social_value");
    for (BandFigures b : r.byAgeBand()) {
      p.printRecord(text(b.band().id()), text(b.band().label()), count(b.participants()), count(b.claims()),
          money(b.grossValue()), money(b.socialValue()));
    }
  }

  private void byActivity(Rows p) throws IOException {
    List<String> h = new ArrayList<>(List.of("activity", "name", "partner", "region", "investment", "participants",
        "claims", "gross_value", "social_value", "ratio"));
    for (AgeBand b : r.bank().ageBands()) {
      h.add("social_value_" + b.id());
    }
    p.printRecord(h.stream().map(CsvCells::text).toList());
    for (ActivityFigures a : r.byActivity()) {
      List<Object> row = new ArrayList<>(List.of(text(a.activity().id()), text(a.activity().name()),
          text(a.activity().partner()), text(a.activity().region()), money(a.activity().budget()),
          count(a.participants()), count(a.claims()), money(a.grossValue()), money(a.socialValue()),
          ratio(a.ratio())));
      for (BandFigures b : a.byAgeBand()) {
        row.add(money(b.socialValue()));
      }
      p.printRecord(row);
    }
  }

  private void byOutcome(Rows p) throws IOException {
    List<String> h = new ArrayList<>(List.of("outcome", "name", "category"));
    h.addAll(FACTOR_HEADERS);
    h.addAll(List.of("claims", "gross_value", "social_value"));
    for (AgeBand b : r.bank().ageBands()) {
      h.add("social_value_" + b.id());
    }
    p.printRecord(h.stream().map(CsvCells::text).toList());
    for (OutcomeFigures o : r.byOutcome()) {
      List<Object> row = new ArrayList<>(List.of(text(o.outcome().id()), text(o.outcome().name()),
          text(o.outcome().category())));
      row.addAll(factors(o.factors()));
      row.addAll(List.of(count(o.claims()), money(o.grossValue()), money(o.socialValue())));
      for (BandFigures b : o.byAgeBand()) {
        row.add(money(b.socialValue()));
      }
      p.printRecord(row);
    }
  }

  /** The headers of the six columns {@link #factors} fills, in its order. */
  private static final List<String> FACTOR_HEADERS =
      List.of("deadweight", "displacement", "attribution", "duration", "drop_off", "pv_factor");

  private static List<Object> factors(OutcomeFactors f) {
    return List.of(fraction(f.deadweight()), fraction(f.adjustments().displacement()),
        fraction(f.adjustments().attribution()), f.adjustments().duration(), fraction(f.adjustments().dropOff()),
        fraction(f.pvFactor()));
  }

  private void headcounts(Rows p) throws IOException {
    p.printRecord("dimension", "value", "label", "participants");
    for (Headcount h : r.headcounts()) {
      p.printRecord(text(h.dimension()), text(h.value()), text(h.label()), count(h.participants()));
    }
  }

  /**
   * A cross-tab, tidy: a row per combination of values, then the totals, whose columns counted across
   * read {@value #ALL}.
   */
  private void crossTab(Rows p, CrossTab c) throws IOException {
    List<String> header = new ArrayList<>();
    c.dimensions().forEach(d -> header.add(text(d)));
    header.add("participants");
    p.printRecord(header);
    int n = c.dimensions().size();
    for (CrossTabCell cell : c.cells()) {
      p.printRecord(crossTabRow(cell.values(), 0, n, cell.participants()));
    }
    for (CrossTabCell cell : c.rowTotals()) {
      p.printRecord(crossTabRow(cell.values(), 0, n, cell.participants()));
    }
    for (CrossTabCell cell : c.columnTotals()) {
      p.printRecord(crossTabRow(cell.values(), n - 1, n, cell.participants()));
    }
    p.printRecord(crossTabRow(List.of(), n, n, c.total()));
  }

  /** {@code values} placed from column {@code from}, {@value #ALL} in the other columns, then the count. */
  private List<String> crossTabRow(List<String> values, int from, int n, long participants) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int at = i - from;
      row.add(at >= 0 && at < values.size() ? text(values.get(at)) : ALL);
    }
    row.add(count(participants));
    return row;
  }

  private void calculation(Rows p) throws IOException {
    List<String> h = new ArrayList<>(List.of("activity", "outcome", "region", "age_band", "claims", "unit_value"));
    h.addAll(FACTOR_HEADERS);
    h.addAll(List.of("unit_social_value", "gross_value", "social_value"));
    p.printRecord(h);
    for (CalculationLine l : r.calculation()) {
      List<Object> row = new ArrayList<>(List.of(text(l.activity().id()), text(l.outcome().id()), text(l.region().id()),
          text(l.band().id()), count(l.claims()), money(l.unitValue())));
      row.addAll(factors(l.factors()));
      row.addAll(List.of(money(l.unitSocialValue()), money(l.grossValue()), money(l.socialValue())));
      p.printRecord(row);
    }
  }

  private void notClaimed(Rows p) throws IOException {
    p.printRecord("reason", "description", "rows");
    for (NotClaimedCount n : r.notClaimed()) {
      p.printRecord(text(n.reason().id()), text(n.reason().description()), n.count());
    }
  }

  private void checks(Rows p) throws IOException {
    p.printRecord(CsvCells.CHECK_HEADERS);
    for (Check c : r.checks()) {
      p.printRecord(CsvCells.check(c));
    }
  }

  private void skippedRows(Rows p) throws IOException {
    p.printRecord("file", "line", "column", "message");
    for (Diagnostic d : ReportText.skippedRows(r)) {
      p.printRecord(text(d.file()), d.line() > 0 ? Long.toString(d.line()) : "", text(d.column()), text(d.message()));
    }
  }
}

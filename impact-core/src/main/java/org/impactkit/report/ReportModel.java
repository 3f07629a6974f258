package org.impactkit.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueTable;
import org.impactkit.report.internal.CrossTabGrid;
import org.impactkit.report.internal.HeadcountNotes;
import org.impactkit.report.internal.ReportText;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.Formats;

/**
 * What a reader of a wellbeing valuation is shown, once: the figures rounded and formatted, and the
 * words around them, built from a {@link CalculationResult}. The HTML page and the Markdown summary
 * render this model and nothing else, so they cannot disagree with each other; the words come from
 * {@link ReportText}, as the workbook's do, and the figures from the same result the JSON is written
 * from. Every figure shown carries {@code ref}, its place in the JSON report ({@code impact/calculate/v1}),
 * so a test (or an auditor) can check each one against the machine-readable figures.
 *
 * @param title the report's title
 * @param subtitle organisation and period, or empty
 * @param headline the headline in one sentence
 * @param figures the headline figures, social value first
 * @param range the social value's range in words ({@code range £L to £H}, SPEC §5.5), or {@code null}
 *     when the result carries none
 * @param socialValueNote what the social value is (after deadweight or not)
 * @param byAgeBand every band, with a total row
 * @param bandChart social value by band
 * @param bandNote a note under the age-band table, or {@code null}
 * @param byOutcome every outcome claimed, with a total row
 * @param outcomeChart social value by outcome
 * @param byActivity every activity, with a total row
 * @param activityNote a note under the activity table, or {@code null}
 * @param crossTabs people by each combination of the report's cross-tab columns (SPEC §8), one table
 *     each; empty when the result carries none
 * @param headcounts people by each breakdown column (gender, strand…), one table per column, except
 *     those a cross-tab already shows in its totals
 * @param checks the assurance checks that did not pass, one line each
 * @param method the method in plain words, one paragraph each
 * @param sources each outcome claimed, its value and where the value comes from
 * @param priceYear the prices the figures are in, in brief ({@code Figures in 2022 prices, GBP.}); the
 *     method says how they got there
 */
public record ReportModel(
    String title,
    String subtitle,
    String headline,
    List<Figure> figures,
    String range,
    String socialValueNote,
    Table byAgeBand,
    Chart bandChart,
    String bandNote,
    Table byOutcome,
    Chart outcomeChart,
    Table byActivity,
    String activityNote,
    List<Table> crossTabs,
    List<Table> headcounts,
    List<String> checks,
    List<String> method,
    List<Source> sources,
    String priceYear) {

  /**
   * Creates the record, copying its lists.
   *
   * @param title the report's title
   * @param subtitle organisation and period, or empty
   * @param headline the headline in one sentence
   * @param figures the headline figures, social value first
   * @param range the social value's range in words ({@code range £L to £H}, SPEC §5.5), or {@code null}
   *     when the result carries none
   * @param socialValueNote what the social value is (after deadweight or not)
   * @param byAgeBand every band, with a total row
   * @param bandChart social value by band
   * @param bandNote a note under the age-band table, or {@code null}
   * @param byOutcome every outcome claimed, with a total row
   * @param outcomeChart social value by outcome
   * @param byActivity every activity, with a total row
   * @param activityNote a note under the activity table, or {@code null}
   * @param crossTabs people by each combination of the report's cross-tab columns (SPEC §8), one table
   *     each; empty when the result carries none
   * @param headcounts people by each breakdown column (gender, strand…), one table per column, except
   *     those a cross-tab already shows in its totals
   * @param checks the assurance checks that did not pass, one line each
   * @param method the method in plain words, one paragraph each
   * @param sources each outcome claimed, its value and where the value comes from
   * @param priceYear the prices the figures are in, in brief ({@code Figures in 2022 prices, GBP.}); the
   *     method says how they got there
   */
  public ReportModel {
    figures = List.copyOf(figures);
    crossTabs = List.copyOf(crossTabs);
    headcounts = List.copyOf(headcounts);
    checks = List.copyOf(checks);
    method = List.copyOf(method);
    sources = List.copyOf(sources);
  }

  /** Dimensions of the headcounts shown elsewhere in the report (the band and activity tables). */
  private static final List<String> SHOWN_ELSEWHERE = List.of("age band", "activity");

  /**
   * The model of a result: its figures rounded and formatted as every report prints them, with their words.
   *
   * @param r the result of a wellbeing valuation
   * @return what the HTML page and the Markdown summary show of it
   */
  public static ReportModel of(CalculationResult r) {
    return new Builder(r).build();
  }

  /**
   * One headline figure.
   *
   * @param label what it is, e.g. {@code Social value}
   * @param text the figure as shown, e.g. {@code £593,845.00}
   * @param ref its place in the JSON report, e.g. {@code /totals/socialValue}, or {@code null}
   * @param detail a line under it (the range, the return in words), or {@code null}
   */
  public record Figure(String label, String text, String ref, String detail) {}

  /**
   * A table as every renderer lays it out.
   *
   * @param id a short stable id, e.g. {@code by-age-band}
   * @param caption what the table shows
   * @param columns the columns, first the row labels
   * @param rows the rows
   * @param total the total row, or {@code null}
   */
  public record Table(String id, String caption, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {
    /**
     * Creates the record, copying its columns and cells.
     *
     * @param id a short stable id, e.g. {@code by-age-band}
     * @param caption what the table shows
     * @param columns the columns, first the row labels
     * @param rows the rows
     * @param total the total row, or {@code null}
     */
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      total = total == null ? null : List.copyOf(total);
    }
  }

  /**
   * A column.
   *
   * @param header its heading
   * @param numeric whether it holds figures (right-aligned)
   */
  public record Column(String header, boolean numeric) {}

  /**
   * A cell.
   *
   * @param text as shown
   * @param ref the figure's place in the JSON report, or {@code null} for words
   */
  public record Cell(String text, String ref) {
    /**
     * Creates the record, checking its text.
     *
     * @param text as shown
     * @param ref the figure's place in the JSON report, or {@code null} for words
     */
    public Cell {
      Objects.requireNonNull(text, "text");
    }

    static Cell words(String text) {
      return new Cell(text == null ? "" : text, null);
    }
  }

  /**
   * A bar chart of money.
   *
   * @param title what it shows
   * @param bars one bar each, in the tables' order
   */
  public record Chart(String title, List<Bar> bars) {
    /**
     * Creates the record, copying its bars.
     *
     * @param title what it shows
     * @param bars one bar each, in the tables' order
     */
    public Chart {
      bars = List.copyOf(bars);
    }

    /** {@return the longest bar's value (at least 0), to scale the others} */
    public BigDecimal max() {
      return bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
  }

  /**
   * One bar.
   *
   * @param label what it is
   * @param value its exact value, for its length
   * @param text the value as shown
   */
  public record Bar(String label, BigDecimal value, String text) {}

  /**
   * Where an outcome's value comes from.
   *
   * @param outcome the outcome's name
   * @param value the value per person per year (a range when it varies by region or band)
   * @param source the publication, or {@code null} when the bank names none
   */
  public record Source(String outcome, String value, String source) {}

  /** Builds the model; one method per part, in reading order. */
  private static final class Builder {
    private final CalculationResult r;
    private final Totals t;

    Builder(CalculationResult r) {
      this.r = r;
      this.t = r.totals();
    }

    ReportModel build() {
      return new ReportModel(ReportText.title(r), ReportText.subtitle(r), ReportText.headline(r), figures(),
          ReportText.range(r), ReportText.socialValueNote(r), bands(), bandChart(), HeadcountNotes.bands(r), outcomes(), outcomeChart(),
          activities(), HeadcountNotes.activities(r), crossTabs(), headcounts(), ReportText.checkLines(r), ReportText.method(r), sources(),
          ReportText.pricesInBrief(r) + ".");
    }

    private String money(BigDecimal v) {
      return ReportText.money(r, v);
    }

    private Cell money(BigDecimal v, String ref) {
      return new Cell(money(v), ref);
    }

    private Cell count(long n, String ref) {
      return new Cell(ReportText.count(r, n), ref);
    }

    private Cell ratio(BigDecimal ratio, String ref) {
      return ratio == null ? Cell.words("n/a") : new Cell(money(ratio), ref);
    }

    private List<Figure> figures() {
      List<Figure> f = new ArrayList<>();
      f.add(new Figure("Social value", money(t.socialValue()), "/totals/socialValue", ReportText.socialValueNote(r)));
      f.add(new Figure("Investment", money(t.investment()), "/totals/investment", null));
      f.add(t.ratio() == null
          ? new Figure("Return", "n/a (no investment)", null, null)
          : new Figure("Return", money(t.ratio()), "/totals/ratio",
              "of social value for every " + ReportText.unit(r) + " invested"));
      f.add(new Figure("Net social value", money(t.netSocialValue()), "/totals/netSocialValue",
          "social value less investment"));
      f.add(new Figure("Participants", ReportText.count(r, t.participants()), "/totals/participants", null));
      f.add(new Figure("Claims", ReportText.count(r, t.claims()), "/totals/claims",
          "one per person per outcome achieved"));
      return f;
    }

    private Table bands() {
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < r.byAgeBand().size(); i++) {
        BandFigures b = r.byAgeBand().get(i);
        String at = "/byAgeBand/" + i + "/";
        rows.add(List.of(Cell.words(b.band().label()), count(b.participants(), at + "participants"),
            count(b.claims(), at + "claims"), money(b.socialValue(), at + "socialValue")));
      }
      return new Table("by-age-band", "Social value by age band",
          List.of(new Column("Age band", false), new Column("Participants", true), new Column("Claims", true),
              new Column("Social value", true)),
          rows, List.of(Cell.words("Total"), count(t.participants(), "/totals/participants"),
              count(t.claims(), "/totals/claims"), money(t.socialValue(), "/totals/socialValue")));
    }

    private Chart bandChart() {
      return new Chart("Social value by age band", r.byAgeBand().stream()
          .map(b -> new Bar(b.band().label(), b.socialValue(), money(b.socialValue()))).toList());
    }

    private Table outcomes() {
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < r.byOutcome().size(); i++) {
        OutcomeFigures o = r.byOutcome().get(i);
        String at = "/byOutcome/" + i + "/";
        String deadweight = o.factors().deadweightApplied() ? Formats.percent(o.factors().deadweight()) : "none";
        rows.add(List.of(Cell.words(o.outcome().name()), count(o.claims(), at + "claims"), Cell.words(deadweight),
            money(o.socialValue(), at + "socialValue")));
      }
      return new Table("by-outcome", "Social value by outcome",
          List.of(new Column("Outcome", false), new Column("Claims", true), new Column("Deadweight", true),
              new Column("Social value", true)),
          rows, List.of(Cell.words("Total"), count(t.claims(), "/totals/claims"), Cell.words(""),
              money(t.socialValue(), "/totals/socialValue")));
    }

    private Chart outcomeChart() {
      return new Chart("Social value by outcome", r.byOutcome().stream()
          .map(o -> new Bar(o.outcome().name(), o.socialValue(), money(o.socialValue()))).toList());
    }

    private Table activities() {
      List<List<Cell>> rows = new ArrayList<>();
      for (int i = 0; i < r.byActivity().size(); i++) {
        ActivityFigures a = r.byActivity().get(i);
        String at = "/byActivity/" + i + "/";
        rows.add(List.of(Cell.words(a.activity().name()), money(a.activity().budget(), at + "investment"),
            count(a.participants(), at + "participants"), count(a.claims(), at + "claims"),
            money(a.socialValue(), at + "socialValue"), ratio(a.ratio(), at + "ratio")));
      }
      return new Table("by-activity", "Social value by activity",
          List.of(new Column("Activity", false), new Column("Budget", true), new Column("Participants", true),
              new Column("Claims", true), new Column("Social value", true),
              new Column("Return per " + ReportText.unit(r), true)),
          rows, List.of(Cell.words("Total"), money(t.investment(), "/totals/investment"),
              count(t.participants(), "/totals/participants"), count(t.claims(), "/totals/claims"),
              money(t.socialValue(), "/totals/socialValue"), ratio(t.ratio(), "/totals/ratio")));
    }

    /** One table per breakdown column, in the order the result lists them, each row referring to the JSON's. */
    private List<Table> headcounts() {
      Map<String, List<List<Cell>>> byDimension = new LinkedHashMap<>();
      List<Headcount> all = r.headcounts();
      for (int i = 0; i < all.size(); i++) {
        Headcount h = all.get(i);
        if (!SHOWN_ELSEWHERE.contains(h.dimension()) && !inACrossTab(h.dimension())) {
          byDimension.computeIfAbsent(h.dimension(), d -> new ArrayList<>())
              .add(List.of(Cell.words(h.label()), count(h.participants(), "/headcounts/" + i + "/participants")));
        }
      }
      List<Table> tables = new ArrayList<>();
      byDimension.forEach((dimension, rows) -> tables.add(new Table("headcount-" + tables.size(),
          "Participants by " + ReportText.dimension(dimension),
          List.of(new Column(ReportText.capitalised(ReportText.dimension(dimension)), false),
              new Column("Participants", true)), rows, null)));
      return tables;
    }

    /**
     * One table per cross-tab, laid out as the workbook lays it out: a row per combination of all but
     * the last column, a column per value of the last, totals at the ends.
     */
    private List<Table> crossTabs() {
      List<Table> tables = new ArrayList<>();
      for (int i = 0; i < r.crossTabs().size(); i++) {
        CrossTabGrid g = CrossTabGrid.of(r.crossTabs().get(i));
        String at = "/crossTabs/" + i + "/";
        List<Column> columns = new ArrayList<>();
        g.rowHeaders().forEach(h -> columns.add(new Column(ReportText.capitalised(ReportText.words(h)), false)));
        g.columns().forEach(c -> columns.add(new Column(c, true)));
        columns.add(new Column("Total", true));
        List<List<Cell>> rows = new ArrayList<>();
        for (int k = 0; k < g.rows().size(); k++) {
          CrossTabGrid.Row row = g.rows().get(k);
          List<Cell> cells = new ArrayList<>();
          row.values().forEach(v -> cells.add(Cell.words(v)));
          row.counts().forEach(n -> cells.add(count(n, null)));
          cells.add(count(row.total(), at + "rowTotals/" + k + "/participants"));
          rows.add(cells);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.words("Total"));
        for (int k = 1; k < g.rowHeaders().size(); k++) {
          total.add(Cell.words(""));
        }
        for (int k = 0; k < g.columnTotals().size(); k++) {
          total.add(count(g.columnTotals().get(k), at + "columnTotals/" + k + "/participants"));
        }
        total.add(count(g.total(), at + "total"));
        tables.add(new Table("cross-tab-" + i, ReportText.words(g.title()), columns, rows, total));
      }
      return tables;
    }

    /**
     * Whether a cross-tab already shows the people by this column alone, as its column totals (its
     * last column) or, with two columns, as its row totals: the page need not show them twice.
     */
    private boolean inACrossTab(String dimension) {
      return r.crossTabs().stream().map(CrossTab::dimensions).anyMatch(d -> d.get(d.size() - 1).equals(dimension)
          || (d.size() == 2 && d.get(0).equals(dimension)));
    }

    private List<Source> sources() {
      return r.byOutcome().stream().map(o -> new Source(o.outcome().name(), value(o.outcome()),
          o.outcome().provenance().source())).toList();
    }

    /** The value per person per year: one figure, or the lowest to the highest where it varies. */
    private String value(Outcome o) {
      ValueTable v = o.values();
      if (v.isUniform()) {
        return money(v.uniformValue());
      }
      List<BigDecimal> all = v.byRegionAndBand().values().stream().flatMap(m -> m.values().stream()).toList();
      BigDecimal low = all.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
      BigDecimal high = all.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
      return low.compareTo(high) == 0 ? money(low) : money(low) + " to " + money(high);
    }
  }
}

package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.valuation.Formats;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.Tables;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;

/**
 * The Sources sheet: every outcome used, its value (per region and age band where it varies), its
 * evidence requirement and where the value comes from, and the bank's licence and attribution.
 */
final class SourcesSheet extends ResultSheet {
  static final String NAME = "Sources";

  /** The columns, in order; region and age band only when some outcome's value depends on them. */
  private enum Column {
    NAME(fitted("Outcome", 24)),
    OUTCOME(fitted("Code")),
    REGION(fitted("Region")),
    AGE_BAND(fitted("Age band")),
    VALUE(fitted("Value per person per year")),
    LIFE_SATISFACTION(fitted("Life satisfaction change")),
    DEADWEIGHT(fitted("Bank deadweight")),
    EVIDENCE(fitted("Evidence needed", 22)),
    SURVEY(fitted("Survey evidence")),
    DERIVATION(fitted("How the value was derived, and its source", 52));

    /**
     * A column with a cap of its own holds text that wraps at it; the others' text does not wrap. The
     * derivation is by far the longest text of a row and sets its height, so it gets the most width.
     */
    private final Heading heading;

    Column(Heading heading) {
      this.heading = heading;
    }
  }

  private final List<Column> columns;

  private SourcesSheet(XlsxKit kit, Sheet sheet, CalculationResult r) {
    super(kit, sheet, r);
    boolean varied = r.byOutcome().stream().anyMatch(o -> !o.outcome().values().isUniform());
    this.columns = Arrays.stream(Column.values())
        .filter(c -> varied || (c != Column.REGION && c != Column.AGE_BAND)).toList();
  }

  static void write(XlsxKit kit, Sheet sheet, CalculationResult r) {
    new SourcesSheet(kit, sheet, r).write();
  }

  private int col(Column c) {
    return columns.indexOf(c);
  }

  private void write() {
    List<String> headers = columns.stream().map(c -> c == Column.VALUE ? valueHeader() : c.heading.header()).toList();
    boolean varied = columns.contains(Column.REGION);
    s.tableHeader(0, headers);
    int row = 1;
    for (OutcomeFigures of : r.byOutcome()) {
      Outcome o = of.outcome();
      if (!varied) {
        source(row++, o, o.values().uniformValue());
      } else if (o.values().isUniform()) {
        s.text(row, col(Column.REGION), "All regions");
        s.text(row, col(Column.AGE_BAND), "All age bands");
        source(row++, o, o.values().uniformValue());
      } else {
        for (Region region : r.bank().regions()) {
          for (AgeBand band : r.bank().ageBands()) {
            s.text(row, col(Column.REGION), region.label());
            s.text(row, col(Column.AGE_BAND), band.label());
            source(row++, o, o.values().value(region.id(), band.id()));
          }
        }
      }
    }
    int last = Math.max(row - 1, 1);
    List<Integer> wrapped = new ArrayList<>();
    for (Column c : columns) {
      s.size(col(c), c.heading);
      if (c.heading.cap() > 0) {
        wrapped.add(col(c));
      }
    }
    s.applyWidths(headers.size());
    s.sheet.createFreezePane(1, 1);
    Tables.add(s.xssf(), "tblSources", 0, last, headers);
    s.fitRows(1, last, wrapped.stream().mapToInt(Integer::intValue).toArray());
    bankNotes(last + 2, headers.size());
    s.print(0);
  }

  /**
   * The values are the bank's, in its prices, while the Calculation's are uprated to the report's (SPEC
   * §5.4): the header says which year, when the outcomes shown share one.
   */
  private String valueHeader() {
    List<Integer> years = r.byOutcome().stream().map(o -> r.bank().priceYear(o.outcome())).distinct().toList();
    return Column.VALUE.heading.header() + (years.size() == 1 ? " (" + years.get(0) + " prices)" : "");
  }

  /** One outcome's row, from its value on (the region and age band, if any, are written already). */
  private void source(int row, Outcome o, BigDecimal value) {
    s.text(row, col(Column.NAME), o.name(), st.wrap());
    s.text(row, col(Column.OUTCOME), o.id());
    if (value != null) {
      s.exactMoney(row, col(Column.VALUE), value, st.money());
    }
    var p = o.provenance();
    if (p.lifeSatisfactionChange() != null) {
      s.number(row, col(Column.LIFE_SATISFACTION), CellNumbers.exact(p.lifeSatisfactionChange()), st.factor(),
          "0.0000");
    }
    int deadweight = col(Column.DEADWEIGHT);
    r.bank().deadweight(o).ifPresentOrElse(
        d -> s.number(row, deadweight, CellNumbers.exact(d), st.percent(), Formats.percent(d)),
        () -> s.text(row, deadweight, "None given", st.countText()));
    s.text(row, col(Column.EVIDENCE), o.evidence(), st.wrap());
    s.text(row, col(Column.SURVEY), o.requiresSurvey() ? "Yes" : "No");
    // one column, so the table prints one page wide at a readable size
    String derivation = p.derivation() == null ? "" : p.derivation();
    String source = p.source() == null ? "" : "Source: " + p.source();
    s.text(row, col(Column.DERIVATION), (derivation + (derivation.isEmpty() || source.isEmpty() ? "" : "\n") + source)
        .strip(), st.wrap());
  }

  /** The bank, its licence and attribution, each a paragraph across the table. */
  private void bankNotes(int row, int columnCount) {
    var info = r.bank().info();
    int width = s.widthOf(columnCount);
    List<String> notes = new ArrayList<>();
    notes.add("Bank: " + info.name() + " (" + info.id() + " " + info.version() + "), " + info.priceYear() + " prices, "
        + info.currency() + ".");
    if (r.priceYear().uprated()) {
      notes.add("The values here are the bank's, in its prices; the Calculation uses them uprated to "
          + r.priceYear().report() + " prices, as the Summary's method says.");
    }
    if (info.licence() != null) {
      notes.add("Licence: " + info.licence());
    }
    if (info.attribution() != null) {
      notes.add("Attribution: " + info.attribution());
    }
    for (String n : notes) {
      s.loose(row, 0, n, st.wrap());
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columnCount - 1));
      s.lines(row, SheetWriter.linesFor(n, width));
      row++;
    }
  }
}

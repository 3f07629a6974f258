package org.impactkit.report.xlsx;

import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.LeanWorkbook;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.report.internal.Formats;
import org.impactkit.report.internal.Rounding;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.OutcomeFactors;

/**
 * Writes a {@link CalculationResult} as the funder-ready workbook (SPEC §8): Summary, By activity, By
 * outcome, Headcounts, Calculation, Not claimed and Sources.
 *
 * <p>The Calculation sheet holds one row per activity × outcome × region × age band with live
 * formulas, and every total elsewhere refers to it, so the workbook recomputes in Excel. Each formula
 * cell also carries its value, computed by the engine in {@link BigDecimal} and rounded as in the JSON
 * output, so viewers that do not recalculate show the same figures to the penny. Nothing here
 * recomputes a figure.
 *
 * <p>Cells are written through SXSSF (the Calculation sheet streaming, so its size does not bound
 * memory); charts, tables and page setup through the XSSF sheets beneath. Nothing depends on the
 * clock: the same result gives a workbook with the same cell contents and properties.
 */
public final class WorkbookWriter {
  /** Sheet names, in order. */
  public static final String SUMMARY = "Summary";
  public static final String BY_ACTIVITY = "By activity";
  public static final String BY_OUTCOME = "By outcome";
  public static final String HEADCOUNTS = "Headcounts";
  public static final String CALCULATION = "Calculation";
  public static final String NOT_CLAIMED = "Not claimed";
  public static final String SOURCES = "Sources";

  /** Calculation sheet columns. */
  static final String[] CALC_HEADERS = {"Activity", "Outcome", "Region", "Age band", "Claims", "Unit value",
    "Deadweight", "Displacement", "Attribution", "Duration (years)", "Drop-off", "PV factor", "Unit social value",
    "Gross value", "Social value"};

  private static final int C_ACTIVITY = 0;
  private static final int C_OUTCOME = 1;
  private static final int C_BAND = 3;
  private static final int C_CLAIMS = 4;
  private static final int C_GROSS = 13;
  private static final int C_SOCIAL = 14;

  /** Keys SUMIFS matches literally: start with a letter, no wildcard, operator or space. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private static final int WINDOW = 200;

  private final CalculationResult r;
  private final String title;
  private final String currency;
  private final XSSFWorkbook wb;
  private final XlsxStyles st;
  private final int lines;
  private final int calcFirst = 1;
  private final int calcLast;
  /** Activity id → first and last Calculation row (0-based) of its lines, or {@code null} if not contiguous. */
  private final Map<String, int[]> activityBlocks;

  private WorkbookWriter(CalculationResult r, XSSFWorkbook wb) {
    this.r = r;
    this.wb = wb;
    this.title = ReportText.title(r);
    this.currency = r.bank().info().currency();
    this.st = new XlsxStyles(wb, currency, r.settings().suppressBelow());
    this.lines = r.calculation().size();
    this.calcLast = calcFirst + Math.max(lines, 1) - 1;
    this.activityBlocks = activityBlocks(r.calculation());
  }

  /**
   * Loads what writing a first workbook spends much of its first half second on: POI's spreadsheet
   * type system and its package code. It makes a workbook of one empty sheet and throws it away.
   *
   * <p>For a caller that knows a workbook will follow a calculation: run on another thread while the
   * calculation starts (measured: a million-row workbook run 1.67 s → 1.58 s, a small sample's 0.67 s →
   * 0.64 s). Never throws; whatever fails here fails again, and is reported, when the workbook is written.
   */
  public static void warmUp() {
    try (SXSSFWorkbook workbook = new LeanWorkbook(1)) { // close() also deletes the sheet's temporary file
      workbook.createSheet("warm-up");
    } catch (IOException | RuntimeException | LinkageError e) {
      // nothing to do: the real write meets the same problem and reports it
    }
  }

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(CalculationResult result, OutputStream out) throws IOException {
    // Every sheet's cells go through SXSSF, which writes them as plain XML text; XSSF keeps only what
    // sits outside the cells (tables, charts, widths, print setup). Built as XSSF, each cell was an
    // XMLBeans object, and the By activity sheet alone cost more than streaming 4,000 Calculation
    // lines (measured: a million-row evaluation's workbook 0.64 s → 0.51 s, a small one 50 ms faster).
    // close() deletes the sheets' temporary files, also after a failure.
    try (SXSSFWorkbook streaming = new LeanWorkbook(WINDOW)) {
      XSSFWorkbook xssf = streaming.getXSSFWorkbook();
      // Every formula is built here and checked by a test that recalculates them all with POI; parsing
      // each one again as it is set only costs time (hundreds of SUMIFS on By activity for big inputs).
      xssf.setCellFormulaValidation(false);
      WorkbookWriter w = new WorkbookWriter(result, xssf);
      w.properties();
      for (String name : List.of(SUMMARY, BY_ACTIVITY, BY_OUTCOME, HEADCOUNTS, CALCULATION, NOT_CLAIMED, SOURCES)) {
        SXSSFSheet sheet = streaming.createSheet(name);
        if (!name.equals(CALCULATION)) {
          // These sheets go back to earlier rows (totals, row heights), so all their rows stay in memory
          // until written, as they did in XSSF; only Calculation, the long one, is written in order.
          sheet.setRandomAccessWindowSize(-1);
        }
      }
      SheetWriter calculation = new SheetWriter(streaming.getSheet(CALCULATION), w.st);
      w.calculationFrame(calculation);
      // The Calculation lines stream on a second thread while this one builds the other sheets (the
      // cores are otherwise idle here; measured 20 ms of a million-row run). POI is not made for
      // threads, but this is safe as used: that thread only adds cells to the Calculation sheet, whose
      // streamed rows go to its own writer and temporary file, and reads the result and the styles,
      // which nothing changes any more. Everything touching the workbook's package (tables, charts,
      // sheet order) stays on this thread.
      FutureTask<Void> rows = new FutureTask<>(() -> {
        w.calculationRows(calculation);
        return null;
      });
      Thread rowWriter = new Thread(rows, "impact-calculation-sheet");
      rowWriter.setDaemon(true);
      rowWriter.start();
      try {
        w.byActivity(new SheetWriter(streaming.getSheet(BY_ACTIVITY), w.st));
        w.byOutcome(new SheetWriter(streaming.getSheet(BY_OUTCOME), w.st));
        w.summary(new SheetWriter(streaming.getSheet(SUMMARY), w.st));
        w.headcounts(new SheetWriter(streaming.getSheet(HEADCOUNTS), w.st));
        w.notClaimed(new SheetWriter(streaming.getSheet(NOT_CLAIMED), w.st));
        w.sources(new SheetWriter(streaming.getSheet(SOURCES), w.st));
        if (ProjectionSheet.needed(result)) {
          SXSSFSheet projection = streaming.createSheet(ProjectionSheet.NAME);
          projection.setRandomAccessWindowSize(-1);
          streaming.setSheetOrder(ProjectionSheet.NAME, streaming.getSheetIndex(CALCULATION) + 1);
          ProjectionSheet.write(new SheetWriter(projection, w.st), result, w.st);
        }
        streaming.setActiveSheet(0);
      } catch (Throwable e) {
        // the rows thread must be done before close() deletes its file
        finished(rows, e);
        throw e;
      }
      finished(rows, null);
      streaming.write(out);
    }
  }

  /**
   * Waits for {@code task}; rethrows its failure, or adds it to {@code failure} when this thread has
   * failed already.
   */
  private static void finished(FutureTask<Void> task, Throwable failure) throws IOException {
    Throwable problem;
    try {
      task.get();
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = new InterruptedIOException("interrupted while writing the workbook");
    } catch (ExecutionException e) {
      problem = e.getCause();
    }
    if (failure != null) {
      failure.addSuppressed(problem);
    } else if (problem instanceof IOException io) {
      throw io;
    } else if (problem instanceof RuntimeException runtime) {
      throw runtime;
    } else if (problem instanceof Error error) {
      throw error;
    } else {
      throw new IOException(problem);
    }
  }

  // ---------------------------------------------------------------- properties

  private void properties() {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setCreator("impact");
    core.setSubjectProperty("Social value (wellbeing valuation)");
    core.setDescription(ReportText.headline(r));
    core.setKeywords("social value; wellbeing valuation; " + r.bank().id());
    LocalDate day = r.settings().period() != null ? r.settings().period().end() : LocalDate.of(2000, 1, 1);
    Date fixed = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    POIXMLProperties.ExtendedProperties ext = wb.getProperties().getExtendedProperties();
    ext.getUnderlyingProperties().setApplication("impact");
    if (r.settings().organisation() != null) {
      ext.getUnderlyingProperties().setCompany(r.settings().organisation());
    }
  }

  // ---------------------------------------------------------------- formulas

  /**
   * A SUMIFS criterion that matches {@code key} exactly as text: plain ids as they are; anything else
   * with a leading {@code =} (so {@code <}, {@code >} are not operators) and {@code * ? ~} escaped (so
   * they are not wildcards). Written as a string literal with quotes doubled, so no input can leave it.
   */
  static String criterion(String key) {
    String k = PLAIN_KEY.matcher(key).matches() && !key.equalsIgnoreCase("true") && !key.equalsIgnoreCase("false")
        ? key : "=" + key.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    return "\"" + k.replace("\"", "\"\"") + "\"";
  }

  private String calc(int col) {
    String c = CellReference.convertNumToColString(col);
    return "'" + CALCULATION + "'!$" + c + "$" + (calcFirst + 1) + ":$" + c + "$" + (calcLast + 1);
  }

  /**
   * Where each activity's lines are on the Calculation sheet. The engine lists lines activity by
   * activity, so each is one block, summed exactly by position: SUMIFS would read ids such as 1 and 001
   * as the same number.
   */
  private Map<String, int[]> activityBlocks(List<CalculationLine> calcLines) {
    Map<String, int[]> blocks = new HashMap<>();
    String previous = null;
    for (int i = 0; i < calcLines.size(); i++) {
      String id = calcLines.get(i).activity().id();
      int row = calcFirst + i;
      int[] block = blocks.get(id);
      if (block == null) {
        blocks.put(id, new int[] {row, row});
      } else if (id.equals(previous)) {
        block[1] = row;
      } else {
        return null;
      }
      previous = id;
    }
    return blocks;
  }

  /**
   * A formula summing a Calculation column over one activity's lines (and one band, when given), or
   * {@code null} when the activity has no lines.
   */
  private String activitySum(int sumCol, String activity, String band) {
    if (activityBlocks == null) {
      return band == null ? sumIf(sumCol, new int[] {C_ACTIVITY}, new String[] {activity})
          : sumIf(sumCol, new int[] {C_ACTIVITY, C_BAND}, new String[] {activity, band});
    }
    int[] block = activityBlocks.get(activity);
    if (block == null) {
      return null;
    }
    String sum = calcRange(sumCol, block[0], block[1]);
    return band == null ? "SUM(" + sum + ")"
        : "SUMIFS(" + sum + "," + calcRange(C_BAND, block[0], block[1]) + "," + criterion(band) + ")";
  }

  private static String calcRange(int col, int first, int last) {
    String c = CellReference.convertNumToColString(col);
    return "'" + CALCULATION + "'!$" + c + "$" + (first + 1) + ":$" + c + "$" + (last + 1);
  }

  /** Writes a formula with its cached value, or the value alone when there is nothing to sum. */
  private void sumCell(SheetWriter s, int row, int col, String formula, double value, CellStyle style, String shown) {
    if (formula == null) {
      s.number(row, col, value, style, shown);
    } else {
      s.formula(row, col, formula, value, style, shown);
    }
  }

  /** Sums a Calculation column over the rows whose key columns hold the given keys (SUMIFS). */
  private String sumIf(int sumCol, int[] keyCols, String[] keys) {
    StringBuilder f = new StringBuilder("SUMIFS(").append(calc(sumCol));
    for (int i = 0; i < keyCols.length; i++) {
      f.append(',').append(calc(keyCols[i])).append(',').append(criterion(keys[i]));
    }
    return f.append(')').toString();
  }

  private double money(BigDecimal v) {
    return Rounding.money(v).doubleValue();
  }

  private String shown(BigDecimal v) {
    return Formats.money(v, currency);
  }

  private void countCell(SheetWriter s, int row, int col, long n, CellStyle style) {
    if (ReportText.suppressed(r, n)) {
      s.text(row, col, ReportText.count(r, n), st.countText);
    } else {
      s.number(row, col, n, style, Formats.count(n));
    }
  }

  private void countFormula(SheetWriter s, int row, int col, String formula, long n, CellStyle style) {
    s.formula(row, col, formula, n, style, ReportText.count(r, n));
  }

  private void ratioFormula(SheetWriter s, int row, int col, String value, String investment, BigDecimal ratio,
      CellStyle style) {
    String f = "IF(" + investment + "=0,\"\"," + value + "/" + investment + ")";
    if (ratio == null) {
      s.formulaText(row, col, f, "", style);
    } else {
      s.formula(row, col, f, Rounding.ratio(ratio).doubleValue(), style, shown(ratio));
    }
  }

  /** Makes a range an Excel table with the given header names (set explicitly: SXSSF rows are invisible). */
  private static XSSFTable table(XSSFSheet sheet, String name, int headerRow, int lastRow, String[] headers) {
    int last = Math.max(lastRow, headerRow + 1);
    AreaReference area = new AreaReference(new CellReference(headerRow, 0),
        new CellReference(last, headers.length - 1), sheet.getWorkbook().getSpreadsheetVersion());
    XSSFTable t = sheet.createTable(area);
    t.setName(name);
    t.setDisplayName(name);
    for (int i = 0; i < headers.length; i++) {
      t.getColumns().get(i).setName(headers[i]);
    }
    var ct = t.getCTTable();
    if (!ct.isSetAutoFilter()) {
      ct.addNewAutoFilter();
    }
    ct.getAutoFilter().setRef(area.formatAsString());
    var info = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    info.setName("TableStyleLight1");
    info.setShowRowStripes(true);
    info.setShowColumnStripes(false);
    return t;
  }

  private void headers(SheetWriter s, int row, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      s.header(row, c, headers[c]);
    }
    s.lines(row, 2);
  }

  private List<AgeBand> bands() {
    return r.bank().ageBands();
  }

  // ---------------------------------------------------------------- By activity

  private int activityLast;
  private int activityTotalRow;

  private void byActivity(SheetWriter s) {
    List<String> h = new ArrayList<>(List.of("Activity", "Name", "Partner", "Budget", "Participants", "Claims",
        "Gross value", "Social value", "Return per " + ReportText.unit(r), "Net social value"));
    for (AgeBand b : bands()) {
      h.add(b.label() + " value");
    }
    String[] headers = unique(h);
    headers(s, 0, headers);
    int row = 1;
    for (ActivityFigures a : r.byActivity()) {
      String key = a.activity().id();
      s.text(row, 0, a.activity().id());
      s.text(row, 1, a.activity().name(), st.wrap);
      s.text(row, 2, a.activity().partner(), st.wrap);
      s.number(row, 3, money(a.activity().budget()), st.money, shown(a.activity().budget()));
      countCell(s, row, 4, a.participants(), st.count);
      sumCell(s, row, 5, activitySum(C_CLAIMS, key, null), a.claims(), st.count, ReportText.count(r, a.claims()));
      sumCell(s, row, 6, activitySum(C_GROSS, key, null), money(a.grossValue()), st.money, shown(a.grossValue()));
      sumCell(s, row, 7, activitySum(C_SOCIAL, key, null), money(a.socialValue()), st.money,
          shown(a.socialValue()));
      ratioFormula(s, row, 8, "H" + (row + 1), "D" + (row + 1), a.ratio(), st.perPound);
      BigDecimal net = a.socialValue().subtract(a.activity().budget());
      s.formula(row, 9, "H" + (row + 1) + "-D" + (row + 1), money(net), st.money, shown(net));
      int c = 10;
      for (BandFigures b : a.byAgeBand()) {
        sumCell(s, row, c++, activitySum(C_SOCIAL, key, b.band().id()), money(b.socialValue()), st.money,
            shown(b.socialValue()));
      }
      row++;
    }
    activityLast = Math.max(row - 1, 1);
    activityTotalRow = Math.max(row, 2);
    int t = activityTotalRow;
    Totals tot = r.totals();
    s.text(t, 0, "Total", st.bold);
    s.text(t, 1, "All activities", st.bold);
    s.number(t, 3, 0, st.moneyTotal, shown(tot.investment()));
    s.sheet.getRow(t).getCell(3).setCellFormula(sum("D", 2, activityLast + 1));
    s.sheet.getRow(t).getCell(3).setCellValue(money(tot.investment()));
    if (ReportText.suppressed(r, tot.participants())) {
      s.text(t, 4, ReportText.count(r, tot.participants()), st.countText);
    } else {
      s.number(t, 4, tot.participants(), st.countTotal, Formats.count(tot.participants()));
    }
    countFormula(s, t, 5, sum("F", 2, activityLast + 1), tot.claims(), st.countTotal);
    s.formula(t, 6, sum("G", 2, activityLast + 1), money(tot.grossValue()), st.moneyTotal, shown(tot.grossValue()));
    s.formula(t, 7, sum("H", 2, activityLast + 1), money(tot.socialValue()), st.moneyTotal, shown(tot.socialValue()));
    ratioFormula(s, t, 8, "H" + (t + 1), "D" + (t + 1), tot.ratio(), st.perPoundTotal);
    s.formula(t, 9, "H" + (t + 1) + "-D" + (t + 1), money(tot.netSocialValue()), st.moneyTotal,
        shown(tot.netSocialValue()));
    int c = 10;
    for (BandFigures b : r.byAgeBand()) {
      String col = CellReference.convertNumToColString(c);
      s.formula(t, c++, sum(col, 2, activityLast + 1), money(b.socialValue()), st.moneyTotal, shown(b.socialValue()));
    }
    s.cap(1, 32);
    s.cap(2, 22);
    for (int col = 10; col < headers.length; col++) {
      s.atLeast(col, 11);
    }
    s.atLeast(8, 10);
    s.atLeast(9, 12);
    s.applyWidths(headers.length);
    s.sheet.createFreezePane(1, 1);
    table(s.xssf(), "tblByActivity", 0, activityLast, headers);
    s.print(title, 0);
    rowHeights(s, 1, activityLast, new int[] {1, 2});
  }

  private static String sum(String col, int firstRow1, int lastRow1) {
    return "SUM(" + col + firstRow1 + ":" + col + lastRow1 + ")";
  }

  /** Gives each wrapped row enough lines for its longest wrapped cell. */
  private static void rowHeights(SheetWriter s, int first, int last, int[] wrappedCols) {
    for (int row = first; row <= last; row++) {
      var rw = s.sheet.getRow(row);
      if (rw == null) {
        continue;
      }
      int lines = 1;
      for (int c : wrappedCols) {
        var cell = rw.getCell(c);
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          lines = Math.max(lines, SheetWriter.linesFor(cell.getStringCellValue(), SheetWriter.textWidth(s.width(c))));
        }
      }
      if (lines > 1) {
        s.lines(row, lines);
      }
    }
  }

  private static String[] unique(List<String> headers) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : headers) {
      String name = h;
      int n = 2;
      while (!seen.add(name.toLowerCase(Locale.ROOT))) {
        name = h + " (" + n++ + ")";
      }
      out.add(name);
    }
    return out.toArray(String[]::new);
  }

  // ---------------------------------------------------------------- By outcome

  private int outcomeLast;

  private void byOutcome(SheetWriter s) {
    List<String> h = new ArrayList<>(List.of("Outcome", "Name", "Category", "Deadweight", "Displacement",
        "Attribution", "Duration (years)", "Drop-off", "PV factor", "Claims", "Gross value", "Social value"));
    for (AgeBand b : bands()) {
      h.add(b.label() + " value");
    }
    String[] headers = unique(h);
    headers(s, 0, headers);
    int row = 1;
    for (OutcomeFigures o : r.byOutcome()) {
      String key = o.outcome().id();
      s.text(row, 0, o.outcome().id());
      s.text(row, 1, o.outcome().name(), st.wrap);
      s.text(row, 2, o.outcome().category());
      factors(s, row, 3, o.factors());
      countFormula(s, row, 9, sumIf(C_CLAIMS, new int[] {C_OUTCOME}, new String[] {key}),
          o.claims(), st.count);
      s.formula(row, 10, sumIf(C_GROSS, new int[] {C_OUTCOME}, new String[] {key}),
          money(o.grossValue()), st.money, shown(o.grossValue()));
      s.formula(row, 11, sumIf(C_SOCIAL, new int[] {C_OUTCOME}, new String[] {key}),
          money(o.socialValue()), st.money, shown(o.socialValue()));
      int c = 12;
      for (BandFigures b : o.byAgeBand()) {
        s.formula(row, c++, sumIf(C_SOCIAL, new int[] {C_OUTCOME, C_BAND},
            new String[] {key, b.band().id()}), money(b.socialValue()), st.money, shown(b.socialValue()));
      }
      row++;
    }
    outcomeLast = Math.max(row - 1, 1);
    int t = Math.max(row, 2);
    s.text(t, 0, "Total", st.bold);
    s.text(t, 1, "All outcomes", st.bold);
    Totals tot = r.totals();
    countFormula(s, t, 9, sum("J", 2, outcomeLast + 1), tot.claims(), st.countTotal);
    s.formula(t, 10, sum("K", 2, outcomeLast + 1), money(tot.grossValue()), st.moneyTotal, shown(tot.grossValue()));
    s.formula(t, 11, sum("L", 2, outcomeLast + 1), money(tot.socialValue()), st.moneyTotal,
        shown(tot.socialValue()));
    int c = 12;
    for (BandFigures b : r.byAgeBand()) {
      String col = CellReference.convertNumToColString(c);
      s.formula(t, c++, sum(col, 2, outcomeLast + 1), money(b.socialValue()), st.moneyTotal, shown(b.socialValue()));
    }
    s.cap(1, 32);
    s.cap(2, 18);
    for (int col = 12; col < headers.length; col++) {
      s.atLeast(col, 11);
    }
    s.applyWidths(headers.length);
    s.sheet.createFreezePane(1, 1);
    table(s.xssf(), "tblByOutcome", 0, outcomeLast, headers);
    s.print(title, 0);
    rowHeights(s, 1, outcomeLast, new int[] {1});
  }

  /** Deadweight, displacement, attribution, duration, drop-off and PV factor from {@code col} on. */
  private void factors(SheetWriter s, int row, int col, OutcomeFactors f) {
    s.number(row, col, f.deadweight().doubleValue(), st.percent, Formats.percent(f.deadweight()));
    s.number(row, col + 1, f.adjustments().displacement().doubleValue(), st.percent, "100.0%");
    s.number(row, col + 2, f.adjustments().attribution().doubleValue(), st.percent, "100.0%");
    s.number(row, col + 3, f.adjustments().duration(), st.integer, Integer.toString(f.adjustments().duration()));
    s.number(row, col + 4, f.adjustments().dropOff().doubleValue(), st.percent, "100.0%");
    s.number(row, col + 5, f.pvFactor().doubleValue(), st.factor, "0.0000");
  }

  // ---------------------------------------------------------------- Summary

  private void summary(SheetWriter s) {
    var sheet = s.sheet;
    int row = 0;
    s.loose(row++, 0, title, st.title);
    s.lines(0, 2);
    String sub = ReportText.subtitle(r);
    if (!sub.isEmpty()) {
      s.loose(row++, 0, sub, st.subtitle);
    }
    int headlineRow = row++;
    row++;

    s.loose(row++, 0, "Headline figures", st.heading);
    Totals t = r.totals();
    int socialRow = row;
    s.text(row, 0, "Social value", st.bold);
    s.formula(row, 1, "SUM(" + calc(C_SOCIAL) + ")", money(t.socialValue()), st.headlineMoney, shown(t.socialValue()));
    s.loose(row++, 2, "the value of the outcomes achieved, after deadweight", st.note);
    int investRow = row;
    s.text(row, 0, "Investment", st.bold);
    s.formula(row, 1, "SUM('" + BY_ACTIVITY + "'!$D$2:$D$" + (activityLast + 1) + ")", money(t.investment()),
        st.headlineMoney, shown(t.investment()));
    s.loose(row++, 2, "the activities' budgets for the period", st.note);
    s.text(row, 0, "Return", st.bold);
    ratioFormula(s, row, 1, "B" + (socialRow + 1), "B" + (investRow + 1), t.ratio(), st.headlinePerPound);
    s.loose(row++, 2, t.ratio() == null ? "no return ratio: nothing was invested"
        : "of social value for every " + ReportText.unit(r) + " invested", st.note);
    s.text(row, 0, "Net social value", st.bold);
    s.formula(row, 1, "B" + (socialRow + 1) + "-B" + (investRow + 1), money(t.netSocialValue()), st.headlineMoney,
        shown(t.netSocialValue()));
    s.loose(row++, 2, "social value less investment", st.note);
    s.text(row, 0, "Participants", st.bold);
    if (ReportText.suppressed(r, t.participants())) {
      s.text(row, 1, ReportText.count(r, t.participants()), st.countText);
    } else {
      s.number(row, 1, t.participants(), st.headlineCount, Formats.count(t.participants()));
    }
    s.loose(row++, 2, "different people in the participant records", st.note);
    s.text(row, 0, "Claims", st.bold);
    countFormula(s, row, 1, "SUM(" + calc(C_CLAIMS) + ")", t.claims(), st.headlineCount);
    s.loose(row++, 2, "outcomes valued: one per person per outcome achieved", st.note);
    s.loose(headlineRow, 0, ReportText.headline(r), st.wrap);
    row++;

    // By age band
    s.loose(row++, 0, "Social value by age band", st.heading);
    String[] bandHeaders = {"Age band", "Participants", "Claims", "Gross value", "Social value", "Share of value"};
    int bandHeader = row;
    headers(s, row++, bandHeaders);
    int bandFirst = row;
    int bandLast = bandFirst + r.byAgeBand().size() - 1;
    int bandTotal = bandLast + 1;
    for (BandFigures b : r.byAgeBand()) {
      String id = b.band().id();
      s.text(row, 0, b.band().label());
      countCell(s, row, 1, b.participants(), st.count);
      countFormula(s, row, 2, sumIf(C_CLAIMS, new int[] {C_BAND}, new String[] {id}), b.claims(),
          st.count);
      s.formula(row, 3, sumIf(C_GROSS, new int[] {C_BAND}, new String[] {id}), money(b.grossValue()),
          st.money, shown(b.grossValue()));
      s.formula(row, 4, sumIf(C_SOCIAL, new int[] {C_BAND}, new String[] {id}), money(b.socialValue()),
          st.money, shown(b.socialValue()));
      share(s, row, 5, "E" + (row + 1), "E$" + (bandTotal + 1), b.socialValue(), t.socialValue());
      row++;
    }
    s.text(row, 0, "Total", st.bold);
    if (ReportText.suppressed(r, t.participants())) {
      s.text(row, 1, ReportText.count(r, t.participants()), st.countText);
    } else {
      s.number(row, 1, t.participants(), st.countTotal, Formats.count(t.participants()));
    }
    countFormula(s, row, 2, sum("C", bandFirst + 1, bandLast + 1), t.claims(), st.countTotal);
    s.formula(row, 3, sum("D", bandFirst + 1, bandLast + 1), money(t.grossValue()), st.moneyTotal,
        shown(t.grossValue()));
    s.formula(row, 4, sum("E", bandFirst + 1, bandLast + 1), money(t.socialValue()), st.moneyTotal,
        shown(t.socialValue()));
    share(s, row, 5, "E" + (row + 1), "E$" + (bandTotal + 1), t.socialValue(), t.socialValue());
    sheet.getRow(row).getCell(5).setCellStyle(st.percentTotal);
    row += 2;

    // By outcome
    s.loose(row++, 0, "Social value by outcome", st.heading);
    String[] outcomeHeaders = {"Outcome", "Claims", "Gross value", "Social value", "Share of value"};
    headers(s, row++, outcomeHeaders);
    int outFirst = row;
    int i = 0;
    for (OutcomeFigures o : r.byOutcome()) {
      int src = 1 + i++;
      s.text(row, 0, o.outcome().name(), st.wrap);
      countFormula(s, row, 1, "'" + BY_OUTCOME + "'!J" + (src + 1), o.claims(), st.count);
      s.formula(row, 2, "'" + BY_OUTCOME + "'!K" + (src + 1), money(o.grossValue()), st.money, shown(o.grossValue()));
      s.formula(row, 3, "'" + BY_OUTCOME + "'!L" + (src + 1), money(o.socialValue()), st.money,
          shown(o.socialValue()));
      share(s, row, 4, "D" + (row + 1), "B$" + (socialRow + 1), o.socialValue(), t.socialValue());
      row++;
    }
    int outLast = row - 1;
    if (r.byOutcome().isEmpty()) {
      s.loose(row++, 0, "No outcome was claimed.", st.subtitle);
    }
    row++;

    s.cap(0, 42);
    s.atLeast(0, 18);
    for (int c = 1; c <= 5; c++) {
      s.atLeast(c, 12);
    }
    s.applyWidths(6);
    rowHeights(s, outFirst, outLast, new int[] {0});
    int fullWidth = 0;
    for (int c = 0; c <= 5; c++) {
      fullWidth += s.width(c);
    }
    // Wrapped paragraphs across A:F; row heights estimated, as merged cells are never auto-fitted.
    sheet.addMergedRegion(new CellRangeAddress(headlineRow, headlineRow, 0, 5));
    s.lines(headlineRow, SheetWriter.linesFor(ReportText.headline(r), SheetWriter.textWidth(fullWidth)) + 1);

    // Charts
    int chartRows = 16;
    int bandChartTop = row;
    barChart(s, bandChartTop, chartRows, "Social value by age band",
        r.byAgeBand().stream().map(b -> b.band().label()).toArray(String[]::new),
        r.byAgeBand().stream().map(b -> money(b.socialValue())).toArray(Double[]::new),
        s.column(0, bandFirst, bandLast), s.column(4, bandFirst, bandLast), BarDirection.COL);
    row += chartRows + 1;
    if (!r.byOutcome().isEmpty()) {
      int outcomeRows = Math.max(chartRows, 4 + 2 * r.byOutcome().size());
      barChart(s, row, outcomeRows, "Social value by outcome",
          r.byOutcome().stream().map(o -> o.outcome().name()).toArray(String[]::new),
          r.byOutcome().stream().map(o -> money(o.socialValue())).toArray(Double[]::new),
          s.column(0, outFirst, outLast), s.column(3, outFirst, outLast), BarDirection.BAR);
      row += outcomeRows + 1;
    }

    // Method, on a page of its own
    sheet.setRowBreak(row - 1);
    s.loose(row++, 0, "Method", st.heading);
    for (String para : ReportText.method(r)) {
      s.loose(row, 0, para, st.wrap);
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 5));
      s.lines(row, SheetWriter.linesFor(para, SheetWriter.textWidth(fullWidth)));
      row++;
    }
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    s.print(title, -1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRowBreak(bandChartTop - 1);
    sheet.createFreezePane(0, 0);
    if (bandHeader < 0) {
      throw new IllegalStateException();
    }
  }

  private void share(SheetWriter s, int row, int col, String part, String whole, BigDecimal value, BigDecimal total) {
    String f = "IF(" + whole + "=0,0," + part + "/" + whole + ")";
    BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO : CalculationResult.ratio(value, total);
    s.formula(row, col, f, Rounding.ratio(share).doubleValue(), st.percent, "100.0%");
  }

  /**
   * A bar chart of values shown on {@code s}: the labels and values are given (and cached in the chart,
   * for viewers that do not read the cells), and the ranges say where they are on the sheet.
   */
  private void barChart(SheetWriter s, int top, int rows, String chartTitle, String[] labels, Double[] values,
      String labelRange, String valueRange, BarDirection direction) {
    XSSFDrawing drawing = s.xssf().createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 6, top + rows);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(chartTitle);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis x = chart.createCategoryAxis(direction == BarDirection.BAR ? AxisPosition.LEFT
        : AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat("\"" + org.impactkit.read.table.Cells.symbol(currency) + "\"#,##0");
    if (direction == BarDirection.BAR) {
      x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
    }
    var cats = XDDFDataSourcesFactory.fromArray(labels, labelRange);
    var vals = XDDFDataSourcesFactory.fromArray(values, valueRange);
    XDDFChartData cd = chart.createData(ChartTypes.BAR, x, y);
    XDDFBarChartData bar = (XDDFBarChartData) cd;
    bar.setBarDirection(direction);
    bar.setVaryColors(false);
    XDDFChartData.Series series = cd.addSeries(cats, vals);
    series.setTitle("Social value", null);
    // An explicit fill: without one some viewers (LibreOffice) draw no bars at all.
    var fill = new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
        org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0x2E, (byte) 0x6D, (byte) 0xA4}));
    var shape = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
    shape.setFillProperties(fill);
    series.setShapeProperties(shape);
    chart.getCTChart().getPlotArea().getBarChartArray(0).addNewGapWidth().setVal(60);
    chart.plot(cd);
  }

  // ---------------------------------------------------------------- Headcounts

  private void headcounts(SheetWriter s) {
    String[] headers = {"Breakdown", "Group", "Code", "Participants"};
    headers(s, 0, headers);
    int row = 1;
    for (Headcount h : r.headcounts()) {
      s.text(row, 0, h.dimension());
      s.text(row, 1, h.label(), st.wrap);
      s.text(row, 2, h.value());
      countCell(s, row, 3, h.participants(), st.count);
      row++;
    }
    int last = Math.max(row - 1, 1);
    if (r.headcounts().isEmpty()) {
      s.loose(2, 0, "No participant records: headcounts come from record-level input.", st.subtitle);
    }
    s.cap(1, 60);
    s.cap(2, 30);
    s.applyWidths(headers.length);
    s.sheet.createFreezePane(0, 1);
    table(s.xssf(), "tblHeadcounts", 0, last, headers);
    s.print(title, 0);
    rowHeights(s, 1, last, new int[] {1});
  }

  // ---------------------------------------------------------------- Not claimed

  private void notClaimed(SheetWriter s) {
    String[] headers = {"Reason", "Rows", "What it means"};
    headers(s, 0, headers);
    int row = 1;
    long total = 0;
    for (NotClaimedCount n : r.notClaimed()) {
      s.text(row, 0, n.reason().id());
      // Rows, not people: never suppressed (each skipped row is listed below anyway).
      s.number(row, 1, n.count(), st.rows, Formats.count(n.count()));
      s.text(row, 2, n.reason().description(), st.wrap);
      total += n.count();
      row++;
    }
    int last = row - 1;
    s.text(row, 0, "Total", st.bold);
    s.formula(row, 1, sum("B", 2, last + 1), total, st.rowsTotal, Formats.count(total));
    table(s.xssf(), "tblNotClaimed", 0, last, headers);
    row += 2;
    List<Diagnostic> skipped = ReportText.skippedRows(r);
    row = diagnostics(s, row, "Rows left out as invalid (--skip-invalid)", skipped, "tblSkippedRows",
        r.settings().skipInvalid() ? "No row was invalid." : "None: invalid rows stop the run unless --skip-invalid"
            + " is given.");
    int lastSkipped = row - 1;
    s.cap(2, 60);
    s.cap(3, 70);
    s.atLeast(2, 30);
    s.applyWidths(4);
    int width = 0;
    for (int c = 0; c < 4; c++) {
      width += s.width(c);
    }
    row++;
    s.loose(row++, 0, "Warnings", st.heading);
    List<Diagnostic> warnings = ReportText.warnings(r);
    if (warnings.isEmpty()) {
      s.loose(row++, 0, "None.", st.subtitle);
    }
    for (Diagnostic d : warnings) {
      String text = d.render();
      s.loose(row, 0, text, st.wrap);
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 3));
      s.lines(row, SheetWriter.linesFor(text, SheetWriter.textWidth(width)));
      row++;
    }
    s.sheet.createFreezePane(0, 1);
    s.print(title, -1);
    rowHeights(s, 1, lastSkipped, new int[] {2, 3});
  }

  private int diagnostics(SheetWriter s, int row, String heading, List<Diagnostic> list, String tableName,
      String none) {
    s.loose(row++, 0, heading, st.heading);
    if (list.isEmpty()) {
      s.loose(row++, 0, none, st.subtitle);
      return row;
    }
    String[] headers = {"File", "Line", "Column", "Problem"};
    int headerRow = row;
    headers(s, row++, headers);
    for (Diagnostic d : list) {
      s.text(row, 0, d.file());
      if (d.line() > 0) {
        s.number(row, 1, d.line(), st.integer, Long.toString(d.line()));
      }
      s.text(row, 2, d.column(), st.wrap);
      s.text(row, 3, d.message(), st.wrap);
      row++;
    }
    table(s.xssf(), tableName, headerRow, row - 1, headers);
    return row;
  }

  // ---------------------------------------------------------------- Sources

  private void sources(SheetWriter s) {
    // Region and age band columns only when some outcome's value depends on them.
    boolean varied = r.byOutcome().stream().anyMatch(o -> !o.outcome().values().isUniform());
    List<String> h = new ArrayList<>(List.of("Outcome", "Name"));
    if (varied) {
      h.addAll(List.of("Region", "Age band"));
    }
    h.addAll(List.of("Value per person per year", "Life satisfaction change", "Bank deadweight", "Evidence needed",
        "Survey evidence", "How the value was derived", "Source"));
    String[] headers = h.toArray(String[]::new);
    int k = varied ? 2 : 0;
    headers(s, 0, headers);
    int row = 1;
    for (OutcomeFigures of : r.byOutcome()) {
      Outcome o = of.outcome();
      if (!varied) {
        source(s, row++, o, 0, o.values().uniformValue());
      } else if (o.values().isUniform()) {
        s.text(row, 2, "All regions");
        s.text(row, 3, "All age bands");
        source(s, row++, o, k, o.values().uniformValue());
      } else {
        for (Region region : r.bank().regions()) {
          for (AgeBand band : bands()) {
            s.text(row, 2, region.label());
            s.text(row, 3, band.label());
            source(s, row++, o, k, o.values().value(region.id(), band.id()));
          }
        }
      }
    }
    int last = Math.max(row - 1, 1);
    s.cap(1, 28);
    s.cap(5 + k, 35);
    s.cap(7 + k, 45);
    s.cap(8 + k, 60);
    s.applyWidths(headers.length);
    s.sheet.createFreezePane(1, 1);
    table(s.xssf(), "tblSources", 0, last, headers);
    rowHeights(s, 1, last, new int[] {1, 5 + k, 7 + k, 8 + k});
    row = last + 2;
    var info = r.bank().info();
    int width = 0;
    for (int c = 0; c < headers.length; c++) {
      width += s.width(c);
    }
    List<String> notes = new ArrayList<>();
    notes.add("Bank: " + info.name() + " (" + info.id() + " " + info.version() + "), " + info.priceYear() + " prices, "
        + info.currency() + ".");
    if (info.licence() != null) {
      notes.add("Licence: " + info.licence());
    }
    if (info.attribution() != null) {
      notes.add("Attribution: " + info.attribution());
    }
    for (String n : notes) {
      s.loose(row, 0, n, st.wrap);
      s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, headers.length - 1));
      s.lines(row, SheetWriter.linesFor(n, SheetWriter.textWidth(width)));
      row++;
    }
    s.print(title, 0);
  }

  /** One Sources row from column 2 + k on (k = 2 when region and age band columns come first). */
  private void source(SheetWriter s, int row, Outcome o, int k, BigDecimal value) {
    s.text(row, 0, o.id());
    s.text(row, 1, o.name(), st.wrap);
    if (value != null) {
      s.number(row, 2 + k, value.doubleValue(), st.money, shown(value));
    }
    var p = o.provenance();
    if (p.lifeSatisfactionChange() != null) {
      s.number(row, 3 + k, p.lifeSatisfactionChange().doubleValue(), st.factor, "0.0000");
    }
    r.bank().deadweight(o).ifPresentOrElse(
        d -> s.number(row, 4 + k, d.doubleValue(), st.percent, Formats.percent(d)),
        () -> s.text(row, 4 + k, "none given"));
    s.text(row, 5 + k, o.evidence(), st.wrap);
    s.text(row, 6 + k, o.requiresSurvey() ? "yes" : "no");
    s.text(row, 7 + k, p.derivation(), st.wrap);
    s.text(row, 8 + k, p.source(), st.wrap);
  }

  // ---------------------------------------------------------------- Calculation

  /** Header, widths, table and print setup of Calculation, before its rows stream. */
  private void calculationFrame(SheetWriter s) {
    headers(s, 0, CALC_HEADERS);
    for (CalculationLine l : r.calculation()) {
      s.atLeast(0, l.activity().id().length());
      s.atLeast(1, l.outcome().id().length());
      s.atLeast(2, l.region().id().length());
      s.atLeast(3, l.band().id().length());
    }
    BigDecimal biggest = r.calculation().stream().map(CalculationLine::socialValue).reduce(BigDecimal.ONE,
        (a, b) -> a.abs().max(b.abs()));
    BigDecimal biggestGross = r.calculation().stream().map(CalculationLine::grossValue).reduce(BigDecimal.ONE,
        (a, b) -> a.abs().max(b.abs()));
    int moneyWidth = shown(biggest.max(biggestGross)).length() + 1;
    for (int c : new int[] {5, 12, 13, 14}) {
      s.atLeast(c, moneyWidth);
    }
    s.atLeast(4, Formats.count(r.totals().claims()).length());
    for (int c = 6; c <= 11; c++) {
      s.atLeast(c, 7);
    }
    s.cap(0, 30);
    s.cap(1, 30);
    s.applyWidths(CALC_HEADERS.length);
    s.sheet.createFreezePane(0, 1);
    table(s.xssf(), "tblCalculation", 0, calcLast, CALC_HEADERS);
    s.print(title, 0);
  }

  private void calculationRows(SheetWriter s) {
    int row = calcFirst;
    for (CalculationLine l : r.calculation()) {
      int n = row + 1;
      s.text(row, 0, l.activity().id());
      s.text(row, 1, l.outcome().id());
      s.text(row, 2, l.region().id());
      s.text(row, 3, l.band().id());
      s.number(row, 4, l.claims(), st.count, null);
      s.number(row, 5, l.unitValue().doubleValue(), st.money, null);
      factors(s, row, 6, l.factors());
      String adjust = "*(1-G" + n + ")*(1-H" + n + ")*(1-I" + n + ")*L" + n;
      s.formula(row, 12, "F" + n + adjust, money(l.unitSocialValue()), st.money, null);
      s.formula(row, 13, "E" + n + "*F" + n, money(l.grossValue()), st.money, null);
      s.formula(row, 14, "E" + n + "*F" + n + adjust, money(l.socialValue()), st.money, null);
      row++;
    }
    int t = calcLast + 1;
    Totals tot = r.totals();
    s.text(t, 0, "Total", st.bold);
    countFormula(s, t, 4, "SUM(E" + (calcFirst + 1) + ":E" + (calcLast + 1) + ")", tot.claims(), st.countTotal);
    s.formula(t, 13, "SUM(N" + (calcFirst + 1) + ":N" + (calcLast + 1) + ")", money(tot.grossValue()), st.moneyTotal,
        null);
    s.formula(t, 14, "SUM(O" + (calcFirst + 1) + ":O" + (calcLast + 1) + ")", money(tot.socialValue()),
        st.moneyTotal, null);
  }
}

package org.impactkit.report.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.ChecksSheet;
import org.impactkit.report.xlsx.internal.LeanWorkbook;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.valuation.CalculationResult;

/**
 * Writes a {@link CalculationResult} as the funder-ready workbook (SPEC §8): Summary, By activity, By
 * outcome, Headcounts, Calculation (and Projection, when value is spread over years), Not claimed and
 * Sources, one class per sheet over the shared kit in {@code report.xlsx.internal}.
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
  public static final String SUMMARY = SummarySheet.NAME;
  public static final String BY_ACTIVITY = ByActivitySheet.NAME;
  public static final String BY_OUTCOME = ByOutcomeSheet.NAME;
  public static final String HEADCOUNTS = HeadcountsSheet.NAME;
  public static final String CALCULATION = CalculationSheet.NAME;
  public static final String NOT_CLAIMED = NotClaimedSheet.NAME;
  public static final String SOURCES = SourcesSheet.NAME;
  public static final String CHECKS = ChecksSheet.NAME;

  /** Rows of the streamed Calculation sheet kept in memory before they go to its temporary file. */
  private static final int WINDOW = 200;

  private WorkbookWriter() {}

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
  public static void write(CalculationResult r, OutputStream out) throws IOException {
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
      XlsxKit kit = XlsxKit.report(xssf, r.bank().info().currency(), r.settings().suppressBelow(),
          ReportText.title(r));
      properties(kit, xssf, r);
      for (String name : List.of(SUMMARY, BY_ACTIVITY, BY_OUTCOME, HEADCOUNTS, CALCULATION, NOT_CLAIMED, SOURCES,
          CHECKS)) {
        SXSSFSheet sheet = streaming.createSheet(name);
        if (!name.equals(CALCULATION)) {
          // These sheets go back to earlier rows (totals, row heights), so all their rows stay in memory
          // until written, as they did in XSSF; only Calculation, the long one, is written in order.
          sheet.setRandomAccessWindowSize(-1);
        }
      }
      CalculationRefs calc = CalculationRefs.of(r);
      CalculationSheet calculation = new CalculationSheet(kit, streaming.getSheet(CALCULATION), r, calc);
      calculation.frame();
      // The Calculation lines stream on a second thread while this one builds the other sheets (the
      // cores are otherwise idle here; measured 20 ms of a million-row run). POI is not made for
      // threads, but this is safe as used: that thread only adds cells to the Calculation sheet, whose
      // streamed rows go to its own writer and temporary file, and reads the result and the styles,
      // which nothing changes any more. Everything touching the workbook's package (tables, charts,
      // sheet order) stays on this thread.
      FutureTask<Void> rows = new FutureTask<>(() -> {
        calculation.rows();
        return null;
      });
      Thread rowWriter = new Thread(rows, "impact-calculation-sheet");
      rowWriter.setDaemon(true);
      rowWriter.start();
      try {
        // By activity and By outcome first: the Summary refers to their rows.
        String budgets = ByActivitySheet.write(kit, streaming.getSheet(BY_ACTIVITY), r, calc);
        ByOutcomeSheet.Rows outcomes = ByOutcomeSheet.write(kit, streaming.getSheet(BY_OUTCOME), r, calc);
        SummarySheet.write(kit, streaming.getSheet(SUMMARY), r, calc, budgets, outcomes);
        HeadcountsSheet.write(kit, streaming.getSheet(HEADCOUNTS), r, calc);
        NotClaimedSheet.write(kit, streaming.getSheet(NOT_CLAIMED), r);
        SourcesSheet.write(kit, streaming.getSheet(SOURCES), r);
        ChecksSheet.write(kit, streaming.getSheet(CHECKS), r.checks());
        if (ProjectionSheet.needed(r)) {
          SXSSFSheet projection = streaming.createSheet(ProjectionSheet.NAME);
          projection.setRandomAccessWindowSize(-1);
          streaming.setSheetOrder(ProjectionSheet.NAME, streaming.getSheetIndex(CALCULATION) + 1);
          ProjectionSheet.write(kit, projection, r);
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

  /** Title, description and dates taken from the result, never the clock. */
  private static void properties(XlsxKit kit, XSSFWorkbook wb, CalculationResult r) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    core.setTitle(ReportText.title(r));
    core.setCreator("impact");
    core.setSubjectProperty("Social value (wellbeing valuation)");
    core.setDescription(ReportText.headline(r));
    core.setKeywords("social value; wellbeing valuation; " + r.bank().id());
    kit.dateAs(r.settings().period() != null ? r.settings().period().end() : XlsxKit.UNDATED);
    POIXMLProperties.ExtendedProperties ext = wb.getProperties().getExtendedProperties();
    ext.getUnderlyingProperties().setApplication("impact");
    if (r.settings().organisation() != null) {
      ext.getUnderlyingProperties().setCompany(r.settings().organisation());
    }
  }
}

package org.impactkit.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.AtomicFiles;
import org.impactkit.internal.TemplatePlaceholders;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.table.Field;
import org.impactkit.report.xlsx.internal.PageSetup;

/**
 * Writes a blank evaluation to fill in (SPEC §7 {@code impact template}): {@code evaluation.xlsx} with
 * sheets Activities, Participants and Counts (the input columns of SPEC §4.3–4.5, one example row each,
 * a note on every header) and Instructions, with drop-down lists of the chosen bank's outcomes, age
 * bands and regions; and a commented {@code evaluation.yaml}. The example rows make a valid
 * evaluation, so the folder calculates as soon as it is written.
 */
public final class TemplateWriter {
  /** The title of the workbook, printed at the top of every page. */
  private static final String TITLE = "impact evaluation template";
  /** How its sheets print: as the reports' sheets do, on A4. */
  private static final PageSetup PAGES = new PageSetup(PageSetup.Paper.A4);

  /** The workbook's file name. */
  public static final String WORKBOOK = "evaluation.xlsx";
  /** The settings file's name. */
  public static final String CONFIG = "evaluation.yaml";

  /**
   * The worked example's activity id. Every example row's ids begin {@code EXAMPLE-}, the mark the
   * {@code example-rows} check (SPEC §10) looks for, so a row left in stops the run instead of being counted.
   */
  static final String EXAMPLE_ACTIVITY = "EXAMPLE-ACT-01";

  /** Rows that get drop-down lists and checks. */
  static final int VALIDATED_ROWS = 5000;

  private static final LocalDate PERIOD_START = LocalDate.of(2024, 4, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);

  /** One input column: its header, whether it is required, and the note shown on it. */
  record Column(String header, boolean required, String note) {}

  static final List<Column> ACTIVITIES = columns(RecordReaders.ACTIVITY_FIELDS, Map.of(
      "activity_id", "A short unique id for the activity, e.g. ACT-01. Participants and counts refer to it.",
      "activity_name", "The activity's name as a funder would read it (defaults to the id).",
      "annual_budget", "Money invested in the activity in the period, e.g. 12500 (0 or more).",
      "region", "The bank region its participants live in (pick from the list); rows may override it.",
      "partner", "The organisation delivering it, for partnership reports."));

  static final List<Column> PARTICIPANTS = columns(RecordReaders.PARTICIPANT_FIELDS, Map.of(
      "participant_id", "A pseudonymous id for the person (never a name). The same person keeps the same id on "
          + "every row. Ids never appear in reports.",
      "activity_id", "The activity they took part in (an id from the Activities sheet).",
      "outcome", "The outcome they achieved (pick from the list). Leave blank for someone who took part without "
          + "an outcome: they still count in headcounts. One row per outcome achieved.",
      "age", "Age in whole years (0-120). Or give age_band, or date_of_birth.",
      "age_band", "Age band (pick from the list), when the exact age is not known.",
      "date_of_birth", "Date of birth, if known: the age is worked out at the outcome date.",
      "region", "Only when it differs from the activity's region (pick from the list).",
      "date", "When the outcome was achieved. Rows outside the evaluation period are not claimed.",
      "baseline", "yes if the person already had the outcome at the start (then it is not claimed); no; or blank "
          + "if unknown.",
      "follow_up", "yes if the outcome still held at follow-up; no (then it is not claimed); or blank if unknown."),
      new Column("gender", false, "An example of an extra column: any column not listed here (gender, ward, "
          + "partner...) becomes a headcount breakdown in the report. Delete it or add your own."));

  static final List<Column> COUNTS = columns(RecordReaders.COUNT_FIELDS, Map.of(
      "activity_id", "The activity (an id from the Activities sheet).",
      "outcome", "The outcome achieved (pick from the list).",
      "age_band", "The age band of these people (pick from the list); blank means unknown.",
      "region", "Only when it differs from the activity's region.",
      "count", "How many people achieved the outcome: a whole number, 0 or more. Use this sheet when you only "
          + "have totals, as in a calculator spreadsheet."));

  /**
   * A sheet's columns: the reader's fields, in its order and required as it requires them, each with its
   * note, then {@code extras} (columns the reader keeps as breakdowns). Built from the reader's own
   * definitions, so the template cannot offer a column the reader does not read, nor call one optional
   * that it requires.
   *
   * @throws IllegalStateException when a field has no note, or a note names no field
   */
  private static List<Column> columns(List<Field> fields, Map<String, String> notes, Column... extras) {
    List<Column> columns = new ArrayList<>();
    for (Field f : fields) {
      String note = notes.get(f.name());
      if (note == null) {
        throw new IllegalStateException("the template has no note for column " + f.name());
      }
      columns.add(new Column(f.name(), f.required(), note));
    }
    if (notes.size() != fields.size()) {
      throw new IllegalStateException("the template has notes for columns the reader does not read: " + notes.keySet());
    }
    columns.addAll(List.of(extras));
    return List.copyOf(columns);
  }

  private final ValueBank bank;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle wrap;
  private final CellStyle title;
  private final CellStyle date;
  private final CellStyle money;

  private TemplateWriter(ValueBank bank) {
    this.bank = bank;
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    text = wb.createCellStyle();
    text.setDataFormat(wb.createDataFormat().getFormat("@"));
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    money = wb.createCellStyle();
    money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
  }

  /**
   * Writes {@code evaluation.xlsx} and {@code evaluation.yaml} into {@code dir} (created if missing).
   *
   * @param bank the bank whose outcomes, bands and regions fill the drop-down lists
   * @param bankRef how evaluation.yaml names the bank (a bundled id or a path)
   * @param force whether existing files may be replaced
   * @return the files written
   * @throws InvalidInputException when a file exists and {@code force} is false, or {@code dir} is a
   *     file (nothing is written)
   */
  public static List<Path> write(ValueBank bank, String bankRef, Path dir, boolean force) throws IOException {
    Path workbook = dir.resolve(WORKBOOK);
    Path config = dir.resolve(CONFIG);
    if (!force) {
      for (Path p : List.of(workbook, config)) {
        if (Files.exists(p)) {
          throw new InvalidInputException(
              Diagnostic.error(p.toString(), 0, null, "already exists").withAdvice(Advice.REPLACE_EXISTING));
        }
      }
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(Diagnostic.error(dir.toString(), 0, null, "is a file, not a folder"));
    }
    Files.createDirectories(dir);
    byte[] xlsx = workbook(bank);
    byte[] yaml = config(bank, bankRef).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(workbook, out -> out.write(xlsx));
    AtomicFiles.write(config, out -> out.write(yaml));
    return List.of(workbook, config);
  }

  /** The template workbook's bytes. */
  public static byte[] workbook(ValueBank bank) throws IOException {
    TemplateWriter w = new TemplateWriter(bank);
    try {
      w.build();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      w.wb.write(bytes);
      return bytes.toByteArray();
    } finally {
      w.wb.close();
    }
  }

  private void build() {
    var core = wb.getProperties().getCoreProperties();
    core.setTitle(TITLE);
    core.setCreator("impact");
    Date fixed = Date.from(PERIOD_START.atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    instructions(wb.createSheet("Instructions"));
    XSSFSheet activities = wb.createSheet("Activities");
    XSSFSheet participants = wb.createSheet("Participants");
    XSSFSheet counts = wb.createSheet("Counts");
    lists(wb.createSheet("Lists"));

    Outcome example = bank.outcomes().stream().filter(o -> !o.requiresSurvey()).findFirst()
        .orElse(bank.outcomes().get(0));
    Region region = bank.regions().get(0);
    AgeBand band = bank.ageBands().get(0);

    sheet(activities, ACTIVITIES);
    Row a = activities.createRow(1);
    textCell(a, 0, EXAMPLE_ACTIVITY);
    textCell(a, 1, TemplatePlaceholders.ACTIVITY_NAME);
    a.createCell(2).setCellValue(10000);
    a.getCell(2).setCellStyle(money);
    textCell(a, 3, region.label());
    textCell(a, 4, "Example Partner CIC");

    sheet(participants, PARTICIPANTS);
    Row p = participants.createRow(1);
    textCell(p, 0, "EXAMPLE-P-0001");
    textCell(p, 1, EXAMPLE_ACTIVITY);
    textCell(p, 2, example.id());
    p.createCell(3).setCellValue(19);
    p.createCell(7).setCellValue(PERIOD_START.plusMonths(6));
    p.getCell(7).setCellStyle(date);
    textCell(p, 10, "Female");

    sheet(counts, COUNTS);
    Row c = counts.createRow(1);
    textCell(c, 0, EXAMPLE_ACTIVITY);
    textCell(c, 1, example.id());
    textCell(c, 2, band.label());
    c.createCell(4).setCellValue(5);

    var dv = new XSSFDataValidationHelper(activities);
    listValidation(activities, 3, "RegionList", "a region of bank " + bank.id());
    decimalAtLeastZero(activities, 2, dv);
    listValidation(participants, 1, "ActivityIds", "an activity id from the Activities sheet");
    listValidation(participants, 2, "OutcomeList", "an outcome of bank " + bank.id());
    listValidation(participants, 4, "AgeBandList", "an age band of bank " + bank.id());
    listValidation(participants, 6, "RegionList", "a region of bank " + bank.id());
    wholeNumber(participants, 3, 0, 120, "an age in whole years from 0 to 120");
    listValidation(counts, 0, "ActivityIds", "an activity id from the Activities sheet");
    listValidation(counts, 1, "OutcomeList", "an outcome of bank " + bank.id());
    listValidation(counts, 2, "AgeBandList", "an age band of bank " + bank.id());
    listValidation(counts, 3, "RegionList", "a region of bank " + bank.id());
    wholeNumber(counts, 4, 0, Integer.MAX_VALUE, "a whole number of people, 0 or more");
    wb.setActiveSheet(0);
  }

  private void textCell(Row row, int col, String value) {
    var cell = row.createCell(col);
    cell.setCellStyle(text);
    cell.setCellValue(value);
  }

  private void sheet(XSSFSheet sheet, List<Column> columns) {
    Row row = sheet.createRow(0);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      var cell = row.createCell(i);
      cell.setCellStyle(header);
      cell.setCellValue(c.header());
      XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i + 1, 1, i + 5, 7);
      XSSFComment note = drawing.createCellComment(anchor);
      note.setString(wb.getCreationHelper().createRichTextString(
          (c.required() ? "Required. " : "Optional. ") + c.note()));
      note.setAuthor("impact");
      cell.setCellComment(note);
      sheet.setColumnWidth(i, Math.max(14, Math.min(40, c.header().length() + 6)) * 256);
      // Text columns are formatted as text (ids such as 007 keep their zeros); numbers and dates are
      // left as numbers and dates, so Excel's checks on them work.
      sheet.setDefaultColumnStyle(i, switch (c.header()) {
        case "annual_budget" -> money;
        case "date", "date_of_birth" -> date;
        case "age", "count" -> wb.getCellStyleAt(0);
        default -> text;
      });
    }
    sheet.createFreezePane(0, 1);
    // printed as the reports print (SPEC §8): A4, in column groups with the row's id repeated when wide
    PAGES.apply(sheet, TITLE, 0, 1, columns.size());
  }

  private void lists(XSSFSheet sheet) {
    List<String> outcomes = bank.outcomes().stream().map(Outcome::id).toList();
    List<String> bands = bank.ageBands().stream().map(AgeBand::label).toList();
    List<String> regions = bank.regions().stream().map(Region::label).toList();
    column(sheet, 0, "Outcomes", outcomes);
    column(sheet, 1, "Age bands", bands);
    column(sheet, 2, "Regions", regions);
    name("OutcomeList", sheet, 0, outcomes.size());
    name("AgeBandList", sheet, 1, bands.size());
    name("RegionList", sheet, 2, regions.size());
    Name activities = wb.createName();
    activities.setNameName("ActivityIds");
    activities.setRefersToFormula("Activities!$A$2:$A$" + (VALIDATED_ROWS + 1));
    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
  }

  private void column(XSSFSheet sheet, int col, String heading, List<String> values) {
    for (int i = 0; i <= values.size(); i++) {
      Row row = sheet.getRow(i) != null ? sheet.getRow(i) : sheet.createRow(i);
      var cell = row.createCell(col);
      cell.setCellStyle(i == 0 ? header : text);
      cell.setCellValue(i == 0 ? heading : values.get(i - 1));
    }
    sheet.setColumnWidth(col, 30 * 256);
  }

  private void name(String name, XSSFSheet sheet, int col, int size) {
    Name n = wb.createName();
    n.setNameName(name);
    String c = CellReference.convertNumToColString(col);
    n.setRefersToFormula("Lists!$" + c + "$2:$" + c + "$" + (size + 1));
  }

  private void listValidation(XSSFSheet sheet, int col, String listName, String what) {
    var helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint constraint = helper.createFormulaListConstraint(listName);
    DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, col, col));
    v.setSuppressDropDownArrow(true);
    v.setEmptyCellAllowed(true);
    // A warning, not a stop: names and aliases are accepted too, and the calculation checks every value.
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.setShowErrorBox(true);
    v.createErrorBox("Not in the list", "Expected " + what + ".");
    sheet.addValidationData(v);
  }

  private void wholeNumber(XSSFSheet sheet, int col, int min, int max, String what) {
    var helper = new XSSFDataValidationHelper(sheet);
    var constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
        Integer.toString(min), Integer.toString(max));
    DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, col, col));
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.createErrorBox("Not a valid number", "Expected " + what + ".");
    sheet.addValidationData(v);
  }

  private void decimalAtLeastZero(XSSFSheet sheet, int col, XSSFDataValidationHelper helper) {
    var constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, col, col));
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.createErrorBox("Not a valid amount", "Expected an amount of money, 0 or more.");
    sheet.addValidationData(v);
  }

  private void instructions(XSSFSheet sheet) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"How to fill in this evaluation", null, null, null});
    rows.add(new String[] {null, null, null, null});
    for (String step : List.of(
        "1. Activities: one row per activity (project, programme strand) with its budget for the period.",
        "2. Participants: one row per person per outcome achieved, with a pseudonymous id (never a name). "
            + "Add a row with a blank outcome for people who took part without an outcome.",
        "3. Counts: instead of (or as well as) participant rows, the number of people per activity, outcome and age "
            + "band, as in a calculator spreadsheet. Leave it with only its header if you do not use it.",
        "4. Replace the example rows (their ids begin EXAMPLE-, one on each sheet): impact refuses to calculate"
            + " while any is left, since it would count them. Drop-down lists offer the outcomes, age bands and"
            + " regions of bank "
            + bank.id() + " " + bank.info().version() + "; hover over a header for what the column means.",
        "5. Edit evaluation.yaml (name, organisation, period, bank), then run: impact calculate <this folder>"
            + " (or, on impact's page, impact serve, choose both files and press Calculate)")) {
      rows.add(new String[] {step, null, null, null});
    }
    rows.add(new String[] {null, null, null, null});
    rows.add(new String[] {"Sheet", "Column", "Required", "What to enter"});
    int headerRow = rows.size() - 1;
    addColumns(rows, "Activities", ACTIVITIES);
    addColumns(rows, "Participants", PARTICIPANTS);
    addColumns(rows, "Counts", COUNTS);
    rows.add(new String[] {null, null, null, null});
    rows.add(new String[] {"Outcomes of bank " + bank.id(), null, null, null});
    int outcomeHeader = rows.size();
    rows.add(new String[] {"Outcome", "Name", "Survey evidence", "Evidence needed"});
    for (Outcome o : bank.outcomes()) {
      rows.add(new String[] {o.id(), o.name(), o.requiresSurvey() ? "yes" : "no", o.evidence()});
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 30 * 256);
    sheet.setColumnWidth(2, 16 * 256);
    sheet.setColumnWidth(3, 80 * 256);
    for (int i = 0; i < rows.size(); i++) {
      Row row = sheet.createRow(i);
      String[] cells = rows.get(i);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] != null) {
          var cell = row.createCell(c);
          cell.setCellValue(cells[c]);
          cell.setCellStyle(i == 0 ? title : i == headerRow || i == outcomeHeader ? header : wrap);
        }
      }
      if (cells[0] != null && cells[1] == null && i > 0 && i < headerRow) {
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(i, i, 0, 3));
        row.setHeightInPoints(cells[0].length() > 140 ? 30f : 15f);
      } else if (cells[3] != null && cells[3].length() > 80 && i != headerRow) {
        row.setHeightInPoints(15f * (1 + cells[3].length() / 80));
      }
    }
    PAGES.apply(sheet, TITLE, -1, 0, 4);
  }

  private static void addColumns(List<String[]> rows, String sheet, List<Column> columns) {
    for (Column c : columns) {
      rows.add(new String[] {sheet, c.header(), c.required() ? "yes" : "no", c.note()});
    }
  }

  /** The commented settings file. */
  public static String config(ValueBank bank, String bankRef) {
    Region region = bank.regions().get(0);
    StringBuilder y = new StringBuilder();
    y.append("# Settings for this evaluation. Every key is optional; command-line options override them.\n");
    y.append("# Fill in the sheets of evaluation.xlsx, then run: impact calculate <this folder>\n");
    y.append("# (or, on impact's page, impact serve, choose both files and press Calculate)\n\n");
    y.append("name: ").append(TemplatePlaceholders.NAME)
        .append(" 2024/25                 # what the report calls the evaluation\n");
    y.append("organisation: ").append(TemplatePlaceholders.ORGANISATION)
        .append("              # who reports (the lead body of a partnership)\n");
    y.append("period: {start: ").append(PERIOD_START).append(", end: ").append(PERIOD_END)
        .append("}   # outcomes dated outside are not claimed\n");
    y.append("bank: ").append(bankRef).append("                      # a bundled bank id, or the path to a bank file\n");
    if (bank.regions().size() > 1) {
      y.append("region: ").append(region.id()).append("                # default region: ")
          .append(String.join(", ", bank.regions().stream().map(Region::id).toList())).append('\n');
    } else {
      y.append("# region: ").append(region.id()).append("                   # the bank has one region\n");
    }
    y.append("deadweight: bank                          # bank | off (off when a comparison group was used)\n");
    y.append("conflicts: lowest                         # lowest | highest | first | error\n");
    // Not pinned: left out, values derived from WELLBYs are discounted at the Green Book's health rate and
    // the rest at its standard schedule (SPEC §5.6); a pinned flat 3.5% would override that for everyone.
    y.append("# discounting: {rate: 3.5%}               # default: the Green Book's schedules, its health rate"
        + " for WELLBY values\n");
    y.append("# outcomes:                               # optional SROI adjustments per outcome, e.g.\n");
    y.append("#   ").append(bank.outcomes().get(0).id())
        .append(": {attribution: 25%, displacement: 0%, duration: 2, dropOff: 50%, deadweight: 15%}\n");
    y.append("report:\n");
    y.append("  title: \"").append(TemplatePlaceholders.TITLE).append(" 2024/25\"\n");
    y.append("  suppressBelow: 0                        # show counts below this as <N (e.g. 5); 0 shows all\n");
    y.append("  # breakdowns: [gender]                  # extra columns for headcounts (default: all of them)\n");
    return y.toString();
  }
}

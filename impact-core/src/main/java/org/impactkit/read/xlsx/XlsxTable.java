package org.impactkit.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.table.AbstractTable;
import org.impactkit.read.table.CountingStream;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.Table;

/**
 * One sheet of an {@code .xlsx} workbook as a {@link Table}, read by streaming the sheet's XML with a
 * pull parser: memory does not grow with the number of rows. Cells become the text a person reading
 * the sheet sees ({@link CellText}); formulas give their cached value; row numbers are the sheet's.
 * The header is the first row that is not blank; blank rows (and so blank trailing rows) are skipped.
 */
public final class XlsxTable extends AbstractTable {
  /** Excel's own limit on columns; a cell reference beyond it is damage, not data. */
  private static final int EXCEL_COLUMNS = 16_384;

  /** The workbook this table closes with it, or {@code null} when the workbook's owner closes it. */
  private final XlsxWorkbook workbook;
  private final InputStream data;
  private final CountingStream counter;
  private final long fileBytes;
  private final long sheetBytes;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private CellText.NumberKind[] kindByStyle = new CellText.NumberKind[16];
  private String[] stringCache = new String[256];
  private long lastRow;
  private boolean done;
  /** Whether the header row has been read. */
  private boolean pastHeader;
  /** Whether the cell just read holds a formula and no cached value. */
  private boolean formulaWithoutValue;
  /** The columns a reader takes values from, or {@code null} until one says ({@link #readingColumns}). */
  private Map<Integer, String> readColumns;
  /** The data rows followed for merged ranges, from the first data row on. */
  private MergedCells merged;

  XlsxTable(String name, XlsxWorkbook workbook, InputStream data, SharedStrings strings, StylesTable styles,
      boolean date1904, long fileBytes, long sheetBytes) throws IOException {
    super(name);
    this.workbook = workbook;
    this.counter = new CountingStream(data);
    this.data = counter;
    this.fileBytes = fileBytes;
    this.sheetBytes = sheetBytes;
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    try {
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(this.data);
    } catch (XMLStreamException e) {
      data.close();
      throw damaged(0, e);
    }
    header(next()); // the first row that is not blank
    pastHeader = true;
  }

  /**
   * Opens one sheet of a workbook file.
   *
   * @param file the {@code .xlsx} file
   * @param name how to name the file in messages
   * @param sheet the sheet to read, matched loosely; {@code null} for the first visible sheet
   * @param required {@code true} when the sheet must exist (the table is then named {@code
   *     file[Sheet]}); {@code false} to fall back to the first visible sheet
   * @throws InvalidInputException when the file is not a readable workbook, or a required sheet is missing
   */
  public static XlsxTable open(Path file, String name, String sheet, boolean required) throws IOException {
    XlsxWorkbook wb = XlsxWorkbook.open(file, name);
    try {
      XlsxTable table;
      if (required) {
        String found = wb.findSheet(sheet).orElse(null);
        if (found == null) {
          throw new InvalidInputException(Diagnostic.error(name, 0, null, wb.missingSheetMessage(sheet)));
        }
        table = wb.table(found, name + "[" + found + "]");
      } else {
        table = wb.table(sheet);
      }
      table.requireHeader("sheet");
      return table;
    } catch (IOException | RuntimeException | NoClassDefFoundError e) {
      wb.close();
      throw e;
    }
  }

  @Override
  protected Row nextRow() throws IOException {
    if (done) {
      return null;
    }
    try {
      return readRow();
    } catch (InvalidInputException e) {
      done = true;
      throw e;
    } catch (XMLStreamException | RuntimeException | NoClassDefFoundError e) {
      done = true;
      throw damaged(lastRow, e);
    }
  }

  private InvalidInputException damaged(long row, Throwable e) {
    return new InvalidInputException(Diagnostic.error(name(), row, null,
        (row > 0 ? "the sheet cannot be read after this row: " : "") + XlsxWorkbook.damaged(e)));
  }

  /** The next {@code <row>} of the sheet, or {@code null} at the end of the sheet's data. */
  private Row readRow() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        lastRow = number;
        String[] cells = readCells();
        if (pastHeader) {
          merged().row(number, cells);
        }
        return new Row(number, cells);
      }
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
        done = true;
        refuseMergedCells();
        return null;
      }
    }
    done = true;
    return null;
  }

  /**
   * Reads past the rows to the sheet's merged ranges (which XLSX keeps after them) and refuses those that
   * would change what is read: in the header, or over data rows of a column read ({@link MergedCells}).
   */
  private void refuseMergedCells() throws XMLStreamException {
    MergedCells merged = merged();
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
        String ref = xml.getAttributeValue(null, "ref");
        if (ref != null) {
          merged.range(ref);
        }
      }
    }
    List<Diagnostic> problems = merged.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, 0);
    }
  }

  /** Follows the data rows for merged ranges, over the columns read as known when the first row comes. */
  private MergedCells merged() {
    if (merged == null) {
      Map<Integer, String> read = readColumns;
      if (read == null) { // no reader said: every column with a header counts
        read = new TreeMap<>();
        List<String> header = header();
        for (int i = 0; i < header.size(); i++) {
          if (!header.get(i).isBlank()) {
            read.put(i, header.get(i).strip());
          }
        }
      }
      merged = new MergedCells(name(), headerLine(), read);
    }
    return merged;
  }

  @Override
  public void readingColumns(Map<Integer, String> headerByColumn) {
    if (merged != null) {
      throw new IllegalStateException("say which columns are read before reading rows");
    }
    readColumns = Map.copyOf(headerByColumn);
  }

  private String[] readCells() throws XMLStreamException {
    String[] cells = new String[8];
    int width = 0;
    int cursor = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
        continue;
      }
      String ref = xml.getAttributeValue(null, "r");
      int column = ref == null ? cursor : column(ref);
      cursor = column + 1;
      String text = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
      if (formulaWithoutValue) {
        // A program wrote the formula but nothing ever calculated it: read as blank, a budget or count
        // would be called missing, or left out, with no word of why.
        throw new InvalidInputException(Diagnostic.error(name(), lastRow, null, "cell " + (ref != null ? ref
            : "in column " + (column + 1)) + " holds a formula with no saved result, as a file written by a program"
            + " and never opened in a spreadsheet has: open it in Excel or LibreOffice, save it, and run again"));
      }
      // Excel writes empty formatted cells across whole rows (up to column XFD): only values count.
      if (text == null) {
        continue;
      }
      if (column >= Table.MAX_COLUMNS) {
        // As in a CSV file: far more columns than records have, and each one would be a breakdown.
        throw new InvalidInputException(Diagnostic.error(name(), lastRow, null,
            Table.tooManyColumns(Table.MAX_COLUMNS, !pastHeader)));
      }
      if (column >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
      }
      cells[column] = text;
      width = Math.max(width, column + 1);
    }
    return Arrays.copyOf(cells, width);
  }

  /** Reads one {@code <c>} element (the reader is on its start) to its end; returns its text. */
  private String readCell(String type, String style) throws XMLStreamException {
    String value = null;
    StringBuilder inline = null;
    int depth = 1;
    boolean phonetic = false;
    boolean formula = false;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String el = xml.getLocalName();
        if (el.equals("v")) {
          value = xml.getElementText();
        } else if (el.equals("is")) {
          inline = new StringBuilder();
          depth++;
        } else if (el.equals("rPh")) {
          phonetic = true;
          depth++;
        } else if (el.equals("t") && inline != null && !phonetic) {
          inline.append(xml.getElementText());
        } else if (el.equals("f") || el.equals("t")) {
          formula |= el.equals("f");
          xml.getElementText();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("rPh")) {
          phonetic = false;
        }
        depth--;
      }
    }
    // openpyxl writes an uncalculated formula with an empty <v/>; only a text result ("str") may be empty
    formulaWithoutValue = formula && inline == null && (value == null || (value.isEmpty() && !"str".equals(type)));
    String t = type == null ? "n" : type;
    if (t.equals("inlineStr")) {
      return inline == null ? value : inline.toString();
    }
    if (value == null) {
      return null;
    }
    return switch (t) {
      case "s" -> sharedString(Integer.parseInt(value.strip()));
      case "b" -> CellText.bool(value);
      case "d" -> CellText.isoDate(value);
      case "str", "e" -> value;
      default -> CellText.number(value, kind(style), date1904);
    };
  }

  /**
   * The shared string at {@code index}, each converted once: POI builds a rich-text object for every
   * lookup, which a million rows of repeated strings made the largest cost of reading a sheet. The
   * cache grows only to indexes POI has answered, so a lying string count cannot size it.
   */
  private String sharedString(int index) {
    if (index >= 0 && index < stringCache.length && stringCache[index] != null) {
      return stringCache[index];
    }
    String s = strings.getItemAt(index).getString();
    if (index >= stringCache.length) {
      stringCache = Arrays.copyOf(stringCache, Math.max(index + 1, stringCache.length * 2));
    }
    stringCache[index] = s;
    return s;
  }

  private CellText.NumberKind kind(String style) {
    if (style == null || styles == null) {
      return CellText.NumberKind.PLAIN;
    }
    int index = Integer.parseInt(style.strip());
    if (index < 0 || index >= styles.getNumCellStyles()) {
      return CellText.NumberKind.PLAIN;
    }
    if (index >= kindByStyle.length) {
      kindByStyle = Arrays.copyOf(kindByStyle, Math.max(index + 1, kindByStyle.length * 2));
    }
    CellText.NumberKind kind = kindByStyle[index];
    if (kind == null) {
      XSSFCellStyle s = styles.getStyleAt(index);
      kind = s == null ? CellText.NumberKind.PLAIN : CellText.NumberKind.of(s.getDataFormat(), s.getDataFormatString());
      kindByStyle[index] = kind;
    }
    return kind;
  }

  /** The 0-based column of a cell reference such as {@code AB12}. */
  static int column(String ref) {
    int col = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      if (col > EXCEL_COLUMNS) {
        throw new IllegalArgumentException("column beyond Excel's limit: " + ref);
      }
      i++;
    }
    if (col == 0) {
      throw new IllegalArgumentException("not a cell reference: " + ref);
    }
    return col - 1;
  }

  /**
   * The file's bytes in proportion to the sheet's XML read so far (the file is compressed, the sheet
   * is read unzipped): enough for a progress bar; -1 when the package does not give the sheet's size.
   */
  @Override
  public long bytesRead() {
    if (sheetBytes <= 0 || fileBytes <= 0) {
      return -1;
    }
    return Math.min(fileBytes, (long) ((double) counter.count() / sheetBytes * fileBytes));
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader over a stream we close next cannot lose data
    } finally {
      try {
        data.close();
      } finally {
        if (workbook != null) {
          workbook.close();
        }
      }
    }
  }
}

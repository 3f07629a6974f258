package org.impactkit.read.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.read.csv.TextEncoding;
import org.impactkit.read.table.Columns;

/**
 * An {@code .xlsx} workbook opened for streaming reads: its sheets (name, visibility) and, on demand,
 * one sheet as a {@link XlsxTable}. Opened from a {@link java.io.File}, never an {@code InputStream}
 * (which would buffer every part in memory), with POI's zip-bomb limits ({@code ZipSecureFile}) left on.
 * Anything that is not a readable workbook is refused with one sentence naming the file.
 */
public final class XlsxWorkbook implements Closeable {
  private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final String name;
  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<Sheet> sheets;
  private final boolean date1904;
  private final long fileBytes;
  /** The shared strings, read once for every sheet {@link #tableHeader} looks at. */
  private SharedStrings peekStrings;

  /**
   * A sheet of the workbook.
   *
   * @param name its name on the tab
   * @param relationId the id that finds its part in the package
   * @param hidden whether it is hidden (or very hidden)
   */
  record Sheet(String name, String relationId, boolean hidden) {}

  private XlsxWorkbook(String name, OPCPackage pkg, XSSFReader reader, List<Sheet> sheets, boolean date1904,
      long fileBytes) {
    this.name = name;
    this.pkg = pkg;
    this.reader = reader;
    this.sheets = sheets;
    this.date1904 = date1904;
    this.fileBytes = fileBytes;
  }

  /**
   * Opens a workbook.
   *
   * @param file the {@code .xlsx} file
   * @param name how to name it in messages
   * @throws InvalidInputException when it is missing, empty, an old {@code .xls}, password-protected,
   *     damaged, or not a workbook at all
   */
  public static XlsxWorkbook open(Path file, String name) throws IOException {
    if (!Files.exists(file)) {
      throw refuse(name, "no such file");
    }
    if (Files.size(file) == 0) {
      throw refuse(name, "the file is empty; expected an Excel workbook (.xlsx) with a header row");
    }
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OLE2) {
      throw refuse(name, ole2(file));
    }
    if (magic != FileMagic.OOXML) {
      throw refuse(name, notAWorkbook(file, magic));
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (ODFNotOfficeXmlFileException e) {
      throw refuse(name, "this is an OpenDocument spreadsheet (.ods), not an Excel workbook; open it and save it as"
          + " .xlsx");
    } catch (NotOfficeXmlFileException e) {
      throw refuse(name, isReadableZip(file) ? "this is a zip file but not an Excel workbook; give the .xlsx file"
          + " itself" : damaged(e));
    } catch (OpenXML4JException | RuntimeException | NoClassDefFoundError e) {
      throw refuse(name, damaged(e));
    }
    try {
      XSSFReader reader = new XSSFReader(pkg, true);
      Workbook wb = readWorkbookPart(reader);
      return new XlsxWorkbook(name, pkg, reader, wb.sheets, wb.date1904, Files.size(file));
    } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException
        | NoClassDefFoundError e) {
      pkg.revert();
      throw refuse(name, damaged(e));
    }
  }

  private static InvalidInputException refuse(String name, String message) {
    return new InvalidInputException(Diagnostic.error(name, 0, null, message));
  }

  private static boolean isReadableZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.size() > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** An OLE2 container: an encrypted (password-protected) .xlsx, or an old .xls renamed. */
  private static String ole2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return "the workbook is password-protected; open it in Excel, remove the password"
            + " (File > Info > Protect Workbook) and save it again";
      }
    } catch (IOException | RuntimeException e) {
      return "this is not a readable Excel workbook (it looks like a damaged Office file); open it in Excel and"
          + " save it as .xlsx";
    }
    return "this is an old Excel 97–2003 workbook (.xls) despite its name; open it in Excel and save it as .xlsx";
  }

  private static String notAWorkbook(Path file, FileMagic magic) {
    if (magic == FileMagic.HTML || magic == FileMagic.XML) {
      return "this is a web page or XML file, not an Excel workbook, though its name ends in .xlsx; open it in Excel"
          + " and save it as .xlsx";
    }
    try {
      TextEncoding.detect(file);
      return "this is a text file, not an Excel workbook; if it holds comma-separated values, rename it to .csv";
    } catch (IOException e) {
      return "this is not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx";
    }
  }

  /** Why a workbook could not be read, in one sentence; the cause chain is searched for POI's limits. */
  static String damaged(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    String m = all.toString();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoClassDefFoundError) {
        // Found by XlsxFuzzTest: a zip entry claiming a compression method Excel never uses (e.g. Zstandard)
        // made Commons Compress look for an optional codec and fail with an Error that escaped as exit 3.
        return "the workbook is compressed in a way Excel never uses, so it cannot be read; open it in Excel and"
            + " save it again as .xlsx";
      }
    }
    if (m.contains("Zip bomb")) {
      return "the workbook expands to far more data than its size suggests (a possible zip bomb), so it was not"
          + " read; save it again in Excel";
    }
    if (m.contains("text") && m.contains("exceed")) {
      return "the workbook holds more text than impact will read; split it into smaller files";
    }
    return "the workbook is damaged and cannot be read; open it in Excel and save it again as .xlsx";
  }

  private record Workbook(List<Sheet> sheets, boolean date1904) {}

  private static Workbook readWorkbookPart(XSSFReader reader) throws IOException, OpenXML4JException,
      XMLStreamException {
    List<Sheet> sheets = new ArrayList<>();
    boolean date1904 = false;
    XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader x = factory.createXMLStreamReader(in);
      try {
        while (x.hasNext()) {
          if (x.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          switch (x.getLocalName()) {
            case "workbookPr" -> {
              String d = x.getAttributeValue(null, "date1904");
              date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
            }
            case "sheet" -> {
              String state = x.getAttributeValue(null, "state");
              String sheetName = x.getAttributeValue(null, "name");
              if (sheetName == null) {
                // Found by XlsxFuzzTest: a nameless sheet later failed with a NullPointerException (exit 3).
                throw new IllegalStateException("a sheet in the workbook has no name");
              }
              sheets.add(new Sheet(sheetName, relationId(x), state != null && !state.equalsIgnoreCase("visible")));
            }
            default -> {
              // other parts of the workbook (defined names, views) do not matter for reading data
            }
          }
        }
      } finally {
        x.close();
      }
    }
    return new Workbook(List.copyOf(sheets), date1904);
  }

  private static String relationId(XMLStreamReader x) {
    String id = x.getAttributeValue(RELATIONSHIPS_NS, "id");
    if (id != null) {
      return id;
    }
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals("id")) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  /** The workbook as named in messages. */
  public String name() {
    return name;
  }

  /** The names of the visible sheets, in tab order. */
  public List<String> visibleSheets() {
    return sheets.stream().filter(s -> !s.hidden()).map(Sheet::name).toList();
  }

  /**
   * The visible sheet whose name matches {@code wanted} loosely: ignoring case, surrounding spaces, the
   * difference between spaces, {@code _} and {@code -}, and a plural {@code s}.
   */
  public Optional<String> findSheet(String wanted) {
    String w = sheetKey(wanted);
    return visibleSheets().stream().filter(s -> sheetKey(s).equals(w)).findFirst();
  }

  private static String sheetKey(String s) {
    String k = Columns.normalise(s == null ? "" : s);
    return k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
  }

  /** The message for a required sheet that is not there: what was expected and what was found. */
  public String missingSheetMessage(String wanted) {
    return missingSheetMessage(wanted, true);
  }

  /**
   * The message for a required sheet that is not there, with a "did you mean" for a sheet named alike
   * unless {@code guess} is {@code false} (the caller names the sheet that looks like it by its contents).
   */
  public String missingSheetMessage(String wanted, boolean guess) {
    List<String> visible = visibleSheets();
    return "the workbook has no sheet " + Texts.quote(wanted) + (guess ? NearestMatch.hint(wanted, visible) : "")
        + "; sheets found: "
        + (visible.isEmpty() ? "none" : String.join(", ", visible.stream().map(Texts::quote).toList()));
  }

  /**
   * Opens a sheet as a table. The table takes over the workbook: closing the table closes it.
   *
   * @param sheet a visible sheet's name, as returned by {@link #visibleSheets()}
   * @param tableName how to name the table in messages, e.g. {@code evaluation.xlsx[Participants]}
   */
  public XlsxTable table(String sheet, String tableName) throws IOException {
    Sheet s = sheets.stream().filter(x -> x.name().equals(sheet)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet));
    try {
      SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      InputStream data = reader.getSheet(s.relationId());
      return new XlsxTable(tableName, this, data, strings, styles, date1904, fileBytes, sheetBytes(s.relationId()));
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | OpenXML4JException | org.xml.sax.SAXException | RuntimeException
        | NoClassDefFoundError e) {
      throw refuse(tableName, damaged(e));
    }
  }

  /**
   * The header of a visible sheet that holds a table, for naming the sheets an evaluation does not read:
   * its first row that is not blank, when that row names two columns or more and a row with a value
   * follows it. Empty for an empty sheet, a header alone, a title over notes (one cell), or a sheet that
   * cannot be read. Reads two rows however long the sheet is, and leaves the workbook open.
   *
   * @param sheet a visible sheet's name, as returned by {@link #visibleSheets()}
   */
  public Optional<List<String>> tableHeader(String sheet) {
    Sheet s = sheets.stream().filter(x -> x.name().equals(sheet) && !x.hidden()).findFirst().orElse(null);
    if (s == null) {
      return Optional.empty();
    }
    try {
      try (InputStream xml = reader.getSheet(s.relationId())) {
        if (!mayHoldTable(xml)) {
          return Optional.empty(); // an instructions sheet: its notes need not cost the whole string table
        }
      }
      if (peekStrings == null) {
        peekStrings = new ReadOnlySharedStringsTable(pkg, false);
      }
      try (XlsxTable t = new XlsxTable(name + "[" + sheet + "]", null, reader.getSheet(s.relationId()), peekStrings,
          reader.getStylesTable(), date1904, fileBytes, -1)) {
        long named = t.header().stream().filter(h -> !h.isBlank()).count();
        return named >= 2 && t.next() != null ? Optional.of(t.header()) : Optional.empty();
      }
    } catch (IOException | OpenXML4JException | org.xml.sax.SAXException | XMLStreamException | RuntimeException
        | NoClassDefFoundError e) {
      return Optional.empty(); // a sheet that cannot be read is not named as one holding a table
    }
  }

  /** Rows {@link #mayHoldTable} looks through for one of two values or more: a title and notes above a table. */
  private static final int PEEK_ROWS = 20;

  /**
   * Whether a sheet's XML may hold a table, read without the shared strings (the whole workbook's text, every
   * participant id of a large one): one of its first rows has two values or more, and a row follows it. A
   * sheet of a title and notes, one value a row, needs nothing more.
   */
  private static boolean mayHoldTable(InputStream xml) throws XMLStreamException {
    XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
    try {
      int rows = 0;
      int values = 0;
      boolean wide = false;
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = x.getLocalName();
        if (element.equals("row")) {
          if (wide) {
            return true;
          }
          if (++rows > PEEK_ROWS) {
            return false;
          }
          values = 0;
        } else if (element.equals("v") || element.equals("is")) {
          wide = ++values >= 2;
        }
      }
      return false;
    } finally {
      x.close();
    }
  }

  /** The sheet's size unzipped, or -1 when the package does not say (it is only for progress). */
  private long sheetBytes(String relationId) {
    try {
      PackagePart book = pkg.getPart(pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0));
      return book.getRelatedPart(book.getRelationship(relationId)).getSize();
    } catch (InvalidFormatException | RuntimeException e) {
      return -1;
    }
  }

  /** Opens the first visible sheet, or the one named like {@code preferred} when there is one. */
  public XlsxTable table(String preferred) throws IOException {
    String sheet = sheetFor(preferred).orElseThrow(() -> refuse(name, "the workbook has no visible sheet"));
    return table(sheet, visibleSheets().size() > 1 ? name + "[" + sheet + "]" : name);
  }

  /**
   * The sheet {@link #table(String)} reads: the visible one named like {@code preferred}, else the first
   * visible; empty when no sheet is visible.
   */
  public Optional<String> sheetFor(String preferred) {
    List<String> visible = visibleSheets();
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(preferred == null ? visible.get(0) : findSheet(preferred).orElse(visible.get(0)));
  }

  @Override
  public void close() {
    pkg.revert();
  }

  /** Whether a file name is one of the Excel kinds impact reads ({@code .xlsx}, {@code .xlsm}). */
  public static boolean isWorkbookName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
  }
}

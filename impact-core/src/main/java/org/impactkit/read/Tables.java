package org.impactkit.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.csv.CsvTable;
import org.impactkit.read.table.Table;
import org.impactkit.read.xlsx.XlsxTable;
import org.impactkit.read.xlsx.XlsxWorkbook;

/** Opens an input file as a {@link Table}, by its extension: {@code .xlsx} workbooks, else CSV. */
public final class Tables {
  private Tables() {}

  /**
   * Opens a table; for a workbook, its first visible sheet.
   *
   * @param file the file
   * @param name how to name it in messages
   * @throws InvalidInputException when the file is missing, empty, of an unsupported kind or unreadable
   */
  public static Table open(Path file, String name) throws IOException {
    return open(file, name, null, false);
  }

  /**
   * Opens a table; for a workbook, the sheet named like {@code sheet} (ignoring case, spaces, {@code _},
   * {@code -} and a plural {@code s}), else the first visible sheet.
   */
  public static Table open(Path file, String name, String sheet) throws IOException {
    return open(file, name, sheet, false);
  }

  /**
   * Opens a table.
   *
   * @param file the file
   * @param name how to name it in messages
   * @param sheet for a workbook, the sheet wanted (matched loosely), or {@code null} for the first visible
   * @param sheetRequired {@code true} when a workbook must have that sheet; the table is then named
   *     {@code name[Sheet]}
   * @throws InvalidInputException when the file is missing, empty, of an unsupported kind or unreadable,
   *     each with one sentence naming the file
   */
  public static Table open(Path file, String name, String sheet, boolean sheetRequired) throws IOException {
    if (!Files.exists(file)) {
      throw refuse(name, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw refuse(name, "not a file");
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw refuse(name, "this is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx"
          + " (or as CSV UTF-8)");
    }
    if (lower.endsWith(".xlsb")) {
      throw refuse(name, "this is a binary Excel workbook (.xlsb); open it in Excel and save it as .xlsx");
    }
    if (lower.endsWith(".ods")) {
      throw refuse(name, "this is an OpenDocument spreadsheet (.ods); save it as .xlsx (or as CSV UTF-8)");
    }
    if (XlsxWorkbook.isWorkbookName(lower)) {
      return XlsxTable.open(file, name, sheet, sheetRequired);
    }
    String disguised = disguisedWorkbook(file);
    if (disguised != null) {
      throw refuse(name, disguised);
    }
    return CsvTable.open(file, name);
  }

  /** How a zip file (so an .xlsx workbook) begins: a local file header, {@code PK\3\4}. */
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  /** How an OLE2 compound file (so an .xls workbook) begins. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  /**
   * A workbook saved under a text name (a common slip): what it really is, or {@code null}. Checked by
   * the first bytes, as POI's {@code FileMagic} does, without loading POI for a CSV file.
   */
  private static String disguisedWorkbook(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(OLE2.length);
    }
    if (startsWith(head, ZIP)) {
      return "this is an Excel workbook (or another zip file), though its name does not end in .xlsx; if it is a"
          + " workbook, rename it to .xlsx";
    }
    if (startsWith(head, OLE2)) {
      return "this is an old Excel 97–2003 workbook (.xls) or another Office file, not CSV text; open it in Excel"
          + " and save it as .xlsx or CSV UTF-8";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Whether the file is read as a workbook (by its name). */
  public static boolean isWorkbook(Path file) {
    return XlsxWorkbook.isWorkbookName(file.getFileName().toString());
  }

  private static InvalidInputException refuse(String name, String message) {
    return new InvalidInputException(Diagnostic.error(name, 0, null, message));
  }
}

package org.impactkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.impactkit.io.csv.CsvTable;
import org.impactkit.io.table.Table;
import org.impactkit.io.xlsx.XlsxTable;
import org.impactkit.io.xlsx.XlsxWorkbook;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.InvalidInputException;

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

  /** A workbook saved under a text name (a common slip): what it really is, or {@code null}. */
  private static String disguisedWorkbook(Path file) throws IOException {
    if (Files.size(file) == 0) {
      return null;
    }
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OOXML) {
      return "this is an Excel workbook (or another zip file), though its name does not end in .xlsx; if it is a"
          + " workbook, rename it to .xlsx";
    }
    if (magic == FileMagic.OLE2) {
      return "this is an old Excel 97–2003 workbook (.xls) or another Office file, not CSV text; open it in Excel"
          + " and save it as .xlsx or CSV UTF-8";
    }
    return null;
  }

  /** Whether the file is read as a workbook (by its name). */
  public static boolean isWorkbook(Path file) {
    return XlsxWorkbook.isWorkbookName(file.getFileName().toString());
  }

  private static InvalidInputException refuse(String name, String message) {
    return new InvalidInputException(Diagnostic.error(name, 0, null, message));
  }
}

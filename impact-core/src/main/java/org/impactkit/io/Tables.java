package org.impactkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.impactkit.io.csv.CsvTable;
import org.impactkit.io.table.Table;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.InvalidInputException;

/** Opens an input file as a {@link Table}, by its extension. */
public final class Tables {
  private Tables() {}

  /**
   * Opens a table.
   *
   * @param file the file
   * @param name how to name it in messages
   * @throws InvalidInputException when the file is missing, empty, of an unsupported kind or unreadable
   */
  public static Table open(Path file, String name) throws IOException {
    if (!Files.exists(file)) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "no such file"));
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, "not a file"));
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null,
          "this is an old Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx or CSV UTF-8"));
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null,
          "reading .xlsx workbooks is not supported yet; save the sheet as CSV UTF-8"));
    }
    return CsvTable.open(file, name);
  }
}

package org.impactkit.read.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.impactkit.diagnostic.InvalidInputException;

/**
 * A table of text cells with a header row, read one row at a time: a CSV file or a workbook sheet.
 * Readers of activities, participants and counts work on this, so every file format slots in.
 */
public interface Table extends Closeable {
  /**
   * The most columns a row of any table may have, CSV or XLSX alike: records need about ten named
   * columns plus a few breakdowns, and every column of a participants file is a breakdown kept for each
   * participant. (XLSX itself allows 16,384.)
   */
  int MAX_COLUMNS = 1024;

  /** The message for a row with more than {@code limit} columns; {@code headerRow} when it is the first row. */
  static String tooManyColumns(int limit, boolean headerRow) {
    return "this row has more than " + String.format(java.util.Locale.ROOT, "%,d", limit) + " columns, the most a"
        + " row may have; is this really a table of " + (headerRow ? "records with one header row?" : "records?");
  }

  /** The file (and sheet) as the user would recognise it in a message. */
  String name();

  /** The header cells, as written. */
  List<String> header();

  /** The line (CSV) or row number (XLSX) the header was read from, for messages about columns. */
  default long headerLine() {
    return 1;
  }

  /**
   * Told, once a reader has matched the header, which columns it takes values from (by 0-based index, with
   * the header as written): the spec's columns, and the breakdowns where a table's breakdowns reach a
   * report. A workbook sheet refuses merged cells over data rows of these columns (SPEC §4.2), since a
   * merged range keeps its value in its first cell and the rows under it would read as blank; merged cells
   * in the other columns change no figure. Until told, a sheet takes every column with a header as read.
   *
   * @param headerByColumn the columns read, by index
   */
  default void readingColumns(Map<Integer, String> headerByColumn) {}

  /**
   * The next row that is not blank, or {@code null} at the end.
   *
   * @throws InvalidInputException when the file cannot be read further (broken quoting, limits)
   */
  Row next() throws IOException;

  /**
   * Whether the table is delimited text (CSV), with what that brings: every row holds a value for every
   * column, blank ones too (Excel, LibreOffice and Google Sheets write every comma), so a shorter row was
   * cut short and a longer one split by a comma; and numbers are text as someone typed them ({@code 6.500}
   * may mean 6,500). A sheet stores no trailing blank cells and keeps numbers as numbers.
   */
  default boolean isDelimitedText() {
    return false;
  }

  /** {@return what separates the cells of delimited text ({@code ,}, {@code ;} or a tab); a sheet's none} */
  default char delimiter() {
    return ',';
  }

  /**
   * How the table's numbers are written: typed text in delimited text, a comma possibly the decimal point
   * when cells are separated by semicolons; else the sheet's own numbers.
   */
  default Cells.Notation notation() {
    return isDelimitedText() ? Cells.Notation.TYPED : Cells.Notation.SHEET_NUMBER;
  }

  /** Bytes of the file read so far, for progress; -1 when the format cannot tell. */
  default long bytesRead() {
    return -1;
  }
}

package org.impactkit.read.csv;

import org.impactkit.read.table.Table;

/**
 * Size limits for one CSV file, checked while reading so that a hostile or broken file is refused
 * before it can fill memory (the idea of FastCSV's limits, sized for participant records rather than
 * arbitrary data). A file that passes a limit is refused with a message naming the limit and the
 * line where the record starts.
 *
 * <p>The defaults are far above what a table of activities, participants or counts holds: 64 Ki
 * characters in one cell (about 30 pages of notes), 1 Mi characters in one record, and 1,024
 * columns. At those sizes one record costs a few megabytes at most.
 *
 * @param maxFieldChars the most characters one field (cell) may hold, quotes included
 * @param maxRecordChars the most characters one record (row) may hold
 * @param maxFields the most fields (columns) one record may have
 */
public record CsvLimits(int maxFieldChars, int maxRecordChars, int maxFields) {
  /** The limits {@link CsvTable#open} applies unless told otherwise. */
  public static final CsvLimits DEFAULT = new CsvLimits(64 * 1024, 1024 * 1024, Table.MAX_COLUMNS);

  /**
   * Creates the record, checking its parts.
   *
   * @param maxFieldChars the most characters one field (cell) may hold, quotes included
   * @param maxRecordChars the most characters one record (row) may hold
   * @param maxFields the most fields (columns) one record may have
   */
  public CsvLimits {
    if (maxFieldChars < 1 || maxRecordChars < 1 || maxFields < 1) {
      throw new IllegalArgumentException("CSV limits must be at least 1: field " + maxFieldChars + ", record "
          + maxRecordChars + ", fields " + maxFields);
    }
  }

  /** Which limit a file passed. */
  enum Kind {
    FIELD,
    RECORD,
    FIELDS
  }
}

package org.impactkit.io.csv;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.impactkit.io.table.Row;
import org.impactkit.io.table.Table;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.InvalidInputException;
import org.impactkit.model.Texts;

/**
 * A CSV file as a {@link Table}: encoding and byte-order mark detected, {@code ,} or {@code ;} as
 * delimiter (whichever the header line uses), blank lines skipped, line numbers where each row starts.
 * Fields, records and columns are capped by {@link CsvLimits} while reading, so no file can fill memory.
 */
public final class CsvTable implements Table {
  private static final int HEADER_PEEK = 1 << 20;

  private final String name;
  private final CountingStream counter;
  private final BufferedReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private long linesConsumed;

  private CsvTable(String name, CountingStream counter, BufferedReader reader, char delimiter, CsvLimits limits)
      throws IOException {
    this.name = name;
    this.counter = counter;
    this.reader = reader;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrim(false)
        .get();
    this.parser = CSVParser.builder().setReader(new LimitedReader(reader, delimiter, limits)).setFormat(format).get();
    this.records = parser.iterator();
    List<String> h = new ArrayList<>();
    Row first = nextRow();
    if (first != null) {
      for (String c : first.cells()) {
        h.add(c == null ? "" : c);
      }
    }
    this.header = List.copyOf(h);
  }

  /**
   * Opens a CSV file with the {@linkplain CsvLimits#DEFAULT default limits}.
   *
   * @param file the file
   * @param name how to name it in messages
   * @throws InvalidInputException when the file is empty or not text
   * @throws IOException when it cannot be read
   */
  public static CsvTable open(Path file, String name) throws IOException {
    return open(file, name, CsvLimits.DEFAULT);
  }

  /**
   * Opens a CSV file.
   *
   * @param file the file
   * @param name how to name it in messages
   * @param limits the most a field, a record and a row's columns may hold
   * @throws InvalidInputException when the file is empty or not text; reading further throws it when a
   *     limit is passed
   * @throws IOException when it cannot be read
   */
  public static CsvTable open(Path file, String name, CsvLimits limits) throws IOException {
    TextEncoding.Detected encoding;
    try {
      encoding = TextEncoding.detect(file);
    } catch (TextEncoding.NotTextException e) {
      throw new InvalidInputException(Diagnostic.error(name, 0, null, e.getMessage()));
    }
    CountingStream in = new CountingStream(Files.newInputStream(file));
    in.skipNBytes(encoding.bomLength());
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
    try {
      char delimiter = detectDelimiter(reader);
      CsvTable table = new CsvTable(name, in, reader, delimiter, limits);
      if (table.header.isEmpty()) {
        table.close();
        throw new InvalidInputException(Diagnostic.error(name, 0, null, "the file is empty; expected a header row"));
      }
      return table;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Counts {@code ,} and {@code ;} outside quotes on the first line; the commoner wins, {@code ,} on a tie. */
  static char detectDelimiter(BufferedReader reader) throws IOException {
    reader.mark(HEADER_PEEK);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_PEEK; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    reader.reset();
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public Row next() {
    Row row;
    do {
      row = nextRow();
    } while (row != null && row.isBlank());
    return row;
  }

  private Row nextRow() {
    long start = linesConsumed + 1;
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      LimitedReader.LimitException limit = limitCause(e);
      if (limit != null) {
        throw new InvalidInputException(limitPassed(limit));
      }
      throw new InvalidInputException(Diagnostic.error(name, start, null,
          "the CSV cannot be read here: " + describe(e.getCause())));
    }
    linesConsumed = parser.getCurrentLineNumber();
    String[] cells = new String[record.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = record.get(i);
    }
    return new Row(start, cells);
  }

  private static LimitedReader.LimitException limitCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedReader.LimitException limit) {
        return limit;
      }
    }
    return null;
  }

  private Diagnostic limitPassed(LimitedReader.LimitException e) {
    String column = header == null || e.field() >= header.size() ? null : Texts.blankToNull(header.get(e.field()));
    String limit = String.format(Locale.ROOT, "%,d", e.limit());
    String message = switch (e.kind()) {
      case FIELD -> "a cell holds more than " + limit + " characters, the most one cell may hold; check that"
          + " every \" is closed: an unclosed quote turns the rest of the file into one cell";
      case RECORD -> "this row holds more than " + limit + " characters, the most one row may hold; check that"
          + " every \" is closed: an unclosed quote turns the rest of the file into one row";
      case FIELDS -> "this row has more than " + limit + " columns, the most a row may have; is this really a"
          + " table of " + (e.line() == 1 ? "records with one header row?" : "records?");
    };
    return Diagnostic.error(name, e.line(), column, message);
  }

  private static String describe(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is never closed (a \" is missing)";
    }
    if (m.contains("Invalid character between encapsulated token and delimiter")) {
      return "text follows a closing quote; inside a quoted field write a quote as \"\"";
    }
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }

  @Override
  public long bytesRead() {
    return counter.count;
  }

  /** Counts the bytes read, for progress. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      reader.close();
    }
  }
}

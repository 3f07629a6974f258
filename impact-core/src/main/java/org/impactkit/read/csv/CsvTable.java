package org.impactkit.read.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.RecordCodes;
import org.impactkit.read.table.AbstractTable;
import org.impactkit.read.table.Cells;
import org.impactkit.read.table.Columns;
import org.impactkit.read.table.CountingStream;
import org.impactkit.read.table.Row;
import org.impactkit.read.table.Table;

/**
 * A CSV file as a {@link Table}: encoding and byte-order mark detected, {@code ,}, {@code ;} or a tab as
 * delimiter (whichever the header line uses), blank lines skipped, line numbers where each row starts.
 * Fields, records and columns are capped by {@link CsvLimits} while reading, so no file can fill memory.
 *
 * <p>Parsed with FastCSV (about twice as fast as Commons CSV here, and the reader is the busier thread of a
 * large calculation); {@link LimitedReader} in front of it keeps the limits and the quoting rules exactly
 * as Commons CSV reads them, so the same files are read and refused with the same messages.
 */
public final class CsvTable extends AbstractTable {
  private static final int HEADER_PEEK = 1 << 20;
  /** Files from this size on have their encoding checked only when a byte that is not ASCII comes. */
  static final long CHECK_WHEN_NEEDED_BYTES = 4L << 20;
  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");

  private final CountingStream counter;
  private final LimitedReader reader;
  private final RowHandler handler;
  private final CsvReader<Row> parser;
  private final Iterator<Row> records;
  private final char delimiter;
  private long lastLine;

  private CsvTable(String name, CountingStream counter, LimitedReader reader, char delimiter) throws IOException {
    super(name);
    this.counter = counter;
    this.reader = reader;
    this.handler = new RowHandler();
    this.delimiter = delimiter;
    // LimitedReader enforces our limits before FastCSV buffers anything.
    this.parser = CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .build(handler, reader);
    this.records = parser.iterator();
    header(nextRow());
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
    // The encoding check reads the whole file, and its answer is only needed at the first byte that is
    // not ASCII: often there is none, and a large file is then read once instead of twice (a million
    // rows: 50 ms of CPU saved). A small file that is not text is refused before anything is read.
    Encoding encoding = new Encoding(file);
    if (Files.size(file) < CHECK_WHEN_NEEDED_BYTES) {
      try {
        encoding.get();
      } catch (TextEncoding.NotTextException e) {
        throw notText(name, e);
      }
    }
    CountingStream counted = new CountingStream(Files.newInputStream(file));
    try {
      BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
      skipByteOrderMark(in);
      in.mark(HEADER_PEEK);
      char delimiter = detectDelimiter(in::read); // on bytes: , ; " and line breaks are ASCII in every encoding read
      in.reset();
      LimitedReader reader = new LimitedReader(in, delimiter, limits,
          rest -> new InputStreamReader(rest, encoding.get().charset()));
      CsvTable table = new CsvTable(name, counted, reader, delimiter);
      table.requireHeader("file");
      return table;
    } catch (IOException | RuntimeException e) {
      counted.close();
      throw e;
    }
  }

  /** A file's encoding, checked on first need. */
  private static final class Encoding {
    private final Path file;
    private TextEncoding.Detected detected;

    Encoding(Path file) {
      this.file = file;
    }

    /** @throws TextEncoding.NotTextException when the file is not text in an encoding we read */
    TextEncoding.Detected get() throws IOException {
      if (detected == null) {
        detected = TextEncoding.detect(file);
      }
      return detected;
    }
  }

  private static InvalidInputException notText(String name, TextEncoding.NotTextException e) {
    return new InvalidInputException(Diagnostic.error(name, 0, null, e.getMessage()));
  }

  /** Skips a UTF-8 byte-order mark; the encoding check has looked at it already. */
  private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] first = in.readNBytes(3);
    if (!TextEncoding.startsWithUtf8Bom(first, first.length)) {
      in.reset();
    }
  }

  /** Reads one character (or byte) at a time, -1 at the end. */
  interface CharSource {
    int read() throws IOException;
  }

  /**
   * Counts {@code ,}, {@code ;} and tabs outside quotes on the first line; the commonest wins, {@code ,} then
   * {@code ;} on a tie. Tabs are what Excel's "Text (Tab delimited)" and many databases' exports use, often
   * under a {@code .csv} name.
   */
  static char detectDelimiter(CharSource reader) throws IOException {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
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
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  protected Row nextRow() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      Row row = records.next();
      lastLine = row.line();
      return row;
    } catch (RowCoder.SinkFailure e) {
      throw e.unwrapped();
    } catch (UncheckedIOException | CsvParseException e) {
      RowCoder.SinkFailure sinkFailure = cause(e, RowCoder.SinkFailure.class);
      if (sinkFailure != null) {
        throw sinkFailure.unwrapped(); // a failure of the calculation, not of the file
      }
      VirtualMachineError outOfMemory = cause(e, VirtualMachineError.class);
      if (outOfMemory != null) {
        throw outOfMemory; // FastCSV wraps it: the run is out of memory (exit 3), not the file unreadable
      }
      TextEncoding.NotTextException notText = cause(e, TextEncoding.NotTextException.class);
      if (notText != null) {
        throw notText(name(), notText);
      }
      LimitedReader.LimitException limit = cause(e, LimitedReader.LimitException.class);
      if (limit != null) {
        throw new InvalidInputException(limitPassed(limit));
      }
      LimitedReader.QuoteException quote = cause(e, LimitedReader.QuoteException.class);
      if (quote != null) {
        throw new InvalidInputException(Diagnostic.error(name(), quote.line(), null,
            "the CSV cannot be read here: " + quote.getMessage()));
      }
      throw new InvalidInputException(Diagnostic.error(name(), lineOf(e), null,
          "the CSV cannot be read here: " + describe(e)));
    }
  }

  /**
   * From the next row on, hands each plain participant row to {@code out} as a {@link CodedParticipant}
   * instead of returning it from {@link #next()}; other rows come from {@code next()} as before, in file
   * order with the coded ones. A row is plain when its record would hold every cell unchanged and everything
   * it names is known: activity, outcome, age band, region (see {@code RowCoder}). A table with a
   * date-of-birth column is not coded.
   *
   * @param columns the table's columns, as matched
   * @param codes how the calculation numbers activities, outcomes, age bands and regions
   * @param out takes the coded rows, on the thread that calls {@code next()}
   * @return whether rows will be coded: {@code false} when a column holds dates of birth
   */
  public boolean codeParticipants(Columns columns, RecordCodes codes, Consumer<CodedParticipant> out) {
    List<String> fields = columns.fieldOfColumns();
    int[] roles = new int[fields.size()];
    for (int i = 0; i < roles.length; i++) {
      String field = fields.get(i);
      roles[i] = field == null ? RowCoder.LEFT_OUT : switch (field) {
        case "participant_id" -> RowCoder.ID;
        case "activity_id" -> RowCoder.ACTIVITY;
        case "outcome" -> RowCoder.OUTCOME;
        case "age" -> RowCoder.AGE;
        case "date" -> RowCoder.DATE;
        case "age_band" -> RowCoder.AGE_BAND;
        case "region" -> RowCoder.REGION;
        case "baseline" -> RowCoder.BASELINE;
        case "follow_up" -> RowCoder.FOLLOW_UP;
        default -> -1; // a date of birth: only records work an age out of it
      };
      if (roles[i] < 0) {
        return false;
      }
    }
    int[] extras = columns.extraColumns();
    for (int k = 0; k < extras.length; k++) {
      roles[extras[k]] = RowCoder.EXTRA + k;
    }
    handler.code(new RowCoder(roles, codes, columns.source(), out));
    return true;
  }

  /** The line FastCSV names in its message, else the one after the last record read. */
  private long lineOf(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : LINE_IN_MESSAGE.matcher(t.getMessage());
      if (m != null && m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    return lastLine + 1;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private Diagnostic limitPassed(LimitedReader.LimitException e) {
    // header() is still empty while the constructor reads the header row itself
    String column = e.field() >= header().size() ? null : Texts.blankToNull(header().get(e.field()));
    String limit = String.format(Locale.ROOT, "%,d", e.limit());
    String message = switch (e.kind()) {
      case FIELD -> "a cell holds more than " + limit + " characters, the most one cell may hold; check that"
          + " every \" is closed: an unclosed quote turns the rest of the file into one cell";
      case RECORD -> "this row holds more than " + limit + " characters, the most one row may hold; check that"
          + " every \" is closed: an unclosed quote turns the rest of the file into one row";
      case FIELDS -> Table.tooManyColumns(e.limit(), e.line() == 1);
    };
    return Diagnostic.error(name(), e.line(), column, message);
  }

  private static String describe(RuntimeException e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (m.contains("Unclosed quoted field")) {
      return "a quoted field is never closed (a \" is missing)";
    }
    if (m.contains("Unexpected character after closing quote")) {
      return "text follows a closing quote; inside a quoted field write a quote as \"\"";
    }
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }

  @Override
  public boolean isDelimitedText() {
    return true;
  }

  @Override
  public char delimiter() {
    return delimiter;
  }

  @Override
  public Cells.Notation notation() {
    // Semicolons are what a spreadsheet set to a decimal-comma language saves; a UK "Text (Tab delimited)"
    // save keeps 10,000 as shown, so tabs say nothing of the decimal point.
    return delimiter == ';' ? Cells.Notation.TYPED_DECIMAL_COMMA : Cells.Notation.TYPED;
  }

  @Override
  public long bytesRead() {
    return counter.count();
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

package org.impactkit.read.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impactkit.internal.Texts;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.SourceFile;
import org.impactkit.read.table.Cells;

/**
 * Reduces plain participant rows to numbers as {@link RowHandler} reads them ({@link CodedParticipant}), so
 * that a million rows need neither a record each nor a lookup of every name on the valuing thread. A row is
 * plain when every cell (as the parser gives it, quotes removed) is what the record would hold unchanged:
 * nothing to strip, a known activity, a known outcome, age band and region or none, an age, a date and survey
 * answers that read without a problem or none; breakdowns with nothing to strip. Any other row is read as a
 * record, as before, and reported as usual; the result is the same either way.
 *
 * <p>Each column's distinct texts are judged once (ids excepted), with the very functions the records are read
 * with ({@link Cells#whole}, {@link Cells#date}, {@link Cells#yesNo}, the bank's lookups behind {@link
 * RecordCodes}), so the two ways cannot come to differ.
 */
final class RowCoder {
  static final int ID = 0;
  static final int ACTIVITY = 1;
  static final int OUTCOME = 2;
  static final int AGE = 3;
  static final int DATE = 4;
  static final int AGE_BAND = 5;
  static final int REGION = 6;
  static final int BASELINE = 7;
  static final int FOLLOW_UP = 8;
  /** A column left out (it identifies people): whatever it holds, the record never reads it. */
  static final int LEFT_OUT = 9;
  /** The first breakdown column; the k-th is {@code EXTRA + k}. */
  static final int EXTRA = 10;
  /** Distinct texts remembered per column, so a hostile file cannot grow the memo without bound. */
  private static final int MEMO_LIMIT = 1 << 12;
  private static final Object NOT_PLAIN = new Object();
  private static final Integer NONE = -1;

  private final int[] roles;
  /** The row's breakdown values, as the record would hold them. */
  private final String[] extras;
  private final RecordCodes codes;
  private final SourceFile file;
  private final Consumer<CodedParticipant> out;
  /** Per column, each text judged: its code (an Integer, LocalDate or Boolean), or NOT_PLAIN. */
  private final List<Map<String, Object>> judged;

  private String id;
  private int activity;
  private int outcome;
  private int age;
  private LocalDate date;
  private int ageBand;
  private int region;
  private Boolean baseline;
  private Boolean followUp;

  /**
   * @param roles each column's role ({@link #ID} to {@link #FOLLOW_UP}, {@link #LEFT_OUT}, or {@link #EXTRA} plus
   *     the breakdown's place), by column index; every column has one
   */
  RowCoder(int[] roles, RecordCodes codes, SourceFile file, Consumer<CodedParticipant> out) {
    this.roles = roles.clone();
    int breakdowns = 0;
    for (int role : roles) {
      breakdowns = Math.max(breakdowns, role - EXTRA + 1);
    }
    this.extras = new String[breakdowns];
    this.codes = codes;
    this.file = file;
    this.out = out;
    this.judged = new ArrayList<>();
    for (int i = 0; i < roles.length; i++) {
      judged.add(new HashMap<>());
    }
  }

  /** How many cells a plain row has: one per column of the header. */
  int width() {
    return roles.length;
  }

  /** Starts a row, with nothing but what its cells give. */
  void begin() {
    outcome = -1;
    age = -1;
    date = null;
    ageBand = -1;
    region = -1;
    baseline = null;
    followUp = null;
  }

  /**
   * Takes the row's cell at {@code index} as read.
   *
   * @param values the column's cache, which returned {@code text} last
   * @return whether the row is still plain
   */
  boolean cell(int index, String text, ColumnValues values) {
    if (index >= roles.length) {
      return false;
    }
    int role = roles[index];
    if (role >= EXTRA) {
      extras[role - EXTRA] = text;
      return text.isEmpty() || text.strip() == text; // the record's breakdown values are stripped: nothing to strip
    }
    if (role == LEFT_OUT) {
      return true;
    }
    if (role == ID) {
      id = text;
      return Texts.blankToNull(text) == text; // not blank, nothing to strip: the record keeps it as it is
    }
    if (text.isEmpty()) {
      return role != ACTIVITY; // any other blank cell is none
    }
    // Judged once per distinct text: beside the cached value, else in a memo of this column's own.
    Object code = values.meaning();
    if (code == null) {
      Map<String, Object> memo = judged.get(index);
      code = memo.get(text);
      if (code == null) {
        code = judge(role, text);
        if (memo.size() < MEMO_LIMIT) {
          memo.put(text, code);
        }
      }
      values.mean(code);
    }
    if (code == NOT_PLAIN) {
      return false;
    }
    switch (role) {
      case ACTIVITY -> activity = (Integer) code;
      case OUTCOME -> outcome = (Integer) code;
      case AGE -> age = (Integer) code;
      case DATE -> date = (LocalDate) code;
      case AGE_BAND -> ageBand = (Integer) code;
      case REGION -> region = (Integer) code;
      case BASELINE -> baseline = (Boolean) code;
      default -> followUp = (Boolean) code;
    }
    return true;
  }

  /**
   * Hands on the row, all of whose cells were plain. This runs inside FastCSV's parse, which would wrap
   * whatever the sink throws as a fault of the CSV at this line; so a failure of the sink is wrapped in a
   * {@link SinkFailure} that {@link CsvTable} unwraps, and it reaches the caller as it was thrown.
   */
  void emit(long line) {
    CodedParticipant row = new CodedParticipant(id, activity, outcome, age, date, ageBand, region, baseline,
        followUp, extras.length == 0 ? List.of() : List.of(extras), file, line);
    try {
      out.accept(row);
    } catch (RuntimeException | Error e) {
      throw new SinkFailure(e);
    }
  }

  /** A failure of the sink coded rows go to: not the file's fault, so never reported as one. */
  static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(Throwable cause) {
      super(cause);
    }

    /** The sink's failure as it was thrown, to be thrown again; an {@link Error} is thrown here. */
    RuntimeException unwrapped() {
      if (getCause() instanceof RuntimeException e) {
        return e;
      }
      throw (Error) getCause();
    }
  }

  /** What a cell holding {@code text} (not empty) gives its record, or NOT_PLAIN when it is not so simple. */
  private Object judge(int role, String text) {
    if (Texts.blankToNull(text) != text) {
      return NOT_PLAIN;
    }
    try {
      Object code = switch (role) {
        case ACTIVITY -> codes.activity(text);
        case OUTCOME -> codes.outcome(text);
        case AGE -> (int) Cells.whole(text, 0, ParticipantRecord.MAX_AGE, "age");
        case DATE -> Cells.date(text);
        case AGE_BAND -> codes.ageBand(text);
        case REGION -> codes.region(text);
        default -> Cells.yesNo(text);
      };
      return NONE.equals(code) ? NOT_PLAIN : code;
    } catch (Cells.CellException e) {
      return NOT_PLAIN; // read as a record, whose reader reports it
    }
  }
}

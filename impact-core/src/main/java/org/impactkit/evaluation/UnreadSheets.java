package org.impactkit.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Columns;
import org.impactkit.read.table.Field;
import org.impactkit.read.xlsx.XlsxWorkbook;

/**
 * The visible sheets of an evaluation's workbooks that hold a table impact does not read (SPEC §4.1): a
 * second participants sheet ({@code Participants-partnerB}, {@code Participants (2)}), a renamed one
 * ({@code Participant list}, {@code Sheet2}), a table kept for reference. None of their rows is in any
 * figure, so each is named in a warning, in the terminal and the report. They are not merged as the
 * folder's {@code participants-*.csv} files are: Excel names a copy of a sheet {@code Participants (2)},
 * and backups and last year's sheets sit beside the real one, so reading every sheet named like
 * participants would count people twice; moving the rows into the one sheet read is one paste. A hidden
 * sheet (the template's lists) is left alone: hiding a reference sheet is how to keep it out of the warning.
 */
final class UnreadSheets {
  /**
   * A sheet not read.
   *
   * @param warning the warning naming it, for the terminal and the report
   * @param kind the kind of records its header looks like, or {@code null}
   * @param note the clause the empty-result check adds when no records were read at all (the warnings are
   *     not printed when a check fails): the sheet, what it holds and what to do
   */
  record Unread(Diagnostic warning, String kind, String note) {}

  /** How Excel names a copy of a sheet: {@code Participants (2)}. */
  private static final Pattern COPY = Pattern.compile(".+ \\(\\d+\\)");

  private UnreadSheets() {}

  /**
   * The sheets of the evaluation's workbooks that hold a table but are not read. A workbook that cannot be
   * opened is passed over: reading it reports that.
   *
   * @param inputs the located files
   * @param settings for the user's column mapping, so a mapped export's header is known for what it is
   */
  static List<Unread> of(EvaluationFiles inputs, Settings settings) throws IOException {
    Map<Path, Set<String>> preferredByBook = new LinkedHashMap<>();
    if (inputs.activities() != null) {
      role(preferredByBook, List.of(inputs.activities()), EvaluationFiles.ACTIVITIES_SHEET);
    }
    role(preferredByBook, inputs.participants(), EvaluationFiles.PARTICIPANTS_SHEET);
    role(preferredByBook, inputs.counts(), EvaluationFiles.COUNTS_SHEET);
    List<Unread> unread = new ArrayList<>();
    for (Map.Entry<Path, Set<String>> e : preferredByBook.entrySet()) {
      Path book = e.getKey();
      try (XlsxWorkbook wb = XlsxWorkbook.open(book, book.toString())) {
        unread.addAll(unread(wb, book.equals(inputs.workbook()), e.getValue(), settings));
      } catch (InvalidInputException ignored) {
        // an unreadable workbook is reported when its tables are read
      }
    }
    return unread;
  }

  private static void role(Map<Path, Set<String>> preferredByBook, List<Path> files, String sheet) {
    for (Path p : files) {
      if (Tables.isWorkbook(p)) {
        preferredByBook.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(sheet);
      }
    }
  }

  private static List<Unread> unread(XlsxWorkbook wb, boolean evaluationBook, Set<String> preferred,
      Settings settings) {
    Set<String> read = new LinkedHashSet<>();
    if (evaluationBook) {
      // Each of its three sheets stands for a kind of file, read unless files named one by one replace it.
      for (String sheet : List.of(EvaluationFiles.ACTIVITIES_SHEET, EvaluationFiles.PARTICIPANTS_SHEET,
          EvaluationFiles.COUNTS_SHEET)) {
        wb.findSheet(sheet).ifPresent(read::add);
      }
    } else {
      preferred.forEach(p -> wb.sheetFor(p).ifPresent(read::add));
    }
    List<Unread> unread = new ArrayList<>();
    for (String sheet : wb.visibleSheets()) {
      if (read.contains(sheet)) {
        continue;
      }
      wb.tableHeader(sheet).ifPresent(header -> {
        String kind = kindOf(header, settings);
        String why = evaluationBook ? bookAdvice(wb, sheet, kind) : fileAdvice(sheet, kind, read, preferred);
        String readList = Texts.listed(read.stream().map(Texts::quote).toList());
        // a file's sheet of another kind than the file's (participants in activities.xlsx) is a file of its own
        boolean otherKind = !evaluationBook && kind != null && !preferred.contains(sheetOf(kind));
        String todo = otherKind ? "save it as a " + kind + " file of its own"
            : !evaluationBook || kind == null ? "move its rows into " + readList
            : wb.findSheet(sheetOf(kind)).isEmpty() ? "rename it " + Texts.quote(sheetOf(kind))
            : "move its rows into the sheet " + Texts.quote(sheetOf(kind));
        String note = "the sheet " + Texts.quote(sheet) + " of " + wb.name() + " holds "
            + (kind == null ? "a table" : rows(kind)) + " but is not read: " + todo;
        unread.add(new Unread(Diagnostic.warning(wb.name(), 0, null, why), kind, note));
      });
    }
    return unread;
  }

  /** What to do about a sheet of {@code evaluation.xlsx} not read. */
  private static String bookAdvice(XlsxWorkbook wb, String sheet, String kind) {
    String read = "impact reads only the sheets named 'Activities', 'Participants' and 'Counts'";
    if (kind == null) {
      return "the sheet " + Texts.quote(sheet) + " holds a table that is not read: " + read + "; if it holds"
          + " records, move them into one of those, and if it is kept for reference, hide it (right-click its tab,"
          + " Hide) to leave it out of this warning";
    }
    String target = sheetOf(kind);
    String where;
    if (wb.findSheet(target).isEmpty()) {
      where = "if it is this evaluation's " + kind + ", rename it " + Texts.quote(target);
    } else if (COPY.matcher(sheet).matches()) {
      where = "Excel names a copy of a sheet so: if it is a copy of " + Texts.quote(target) + ", delete it, and if it"
          + " holds other rows, move them into " + Texts.quote(target);
    } else {
      where = "if they belong in this evaluation, move them into the sheet " + Texts.quote(target) + ", and if the"
          + " sheet is a copy or kept for reference, delete or hide it";
    }
    return "the sheet " + Texts.quote(sheet) + " holds " + rows(kind) + ", but " + read + ", so none of its rows is"
        + " in any figure; " + where;
  }

  /** What to do about a sheet not read of a workbook given as one table, which is read from one sheet. */
  private static String fileAdvice(String sheet, String kind, Set<String> read, Set<String> preferred) {
    String readSheets = Texts.listed(read.stream().map(Texts::quote).toList());
    String named = Texts.listed(preferred.stream().map(Texts::quote).toList());
    boolean otherKind = kind != null && !preferred.contains(sheetOf(kind));
    return "the sheet " + Texts.quote(sheet) + " holds " + (kind == null ? "a table" : rows(kind)) + " that"
        + " impact does not read: it reads one sheet of this file, " + readSheets + " (a sheet named " + named
        + ", else the first), so none of its rows is in any figure; if they belong in this evaluation, "
        + (otherKind ? "save the sheet as a " + kind + " file of its own (" + (kind.equals(RecordReaders.ACTIVITIES)
            ? "activities.xlsx" : "e.g. " + kind + "-2.xlsx") + ")"
            : "move them into " + readSheets + " or save the sheet as a file of its own")
        + ", and if the sheet is kept for reference, hide it";
  }

  /** Records of a kind, as a message names them: {@code participant rows}. */
  private static String rows(String kind) {
    return switch (kind) {
      case RecordReaders.PARTICIPANTS -> "participant rows";
      case RecordReaders.COUNTS -> "counts rows";
      default -> "activity rows";
    };
  }

  /** The sheet of {@code evaluation.xlsx} that holds records of a kind. */
  private static String sheetOf(String kind) {
    return switch (kind) {
      case RecordReaders.PARTICIPANTS -> EvaluationFiles.PARTICIPANTS_SHEET;
      case RecordReaders.COUNTS -> EvaluationFiles.COUNTS_SHEET;
      default -> EvaluationFiles.ACTIVITIES_SHEET;
    };
  }

  /**
   * The kind of records a header holds every required column of (by the spec's names, aliases or the user's
   * mapping), participants first; {@code null} for none.
   *
   * @param settings the user's column mapping, or {@code null} for the spec's names alone
   */
  static String kindOf(List<String> header, Settings settings) {
    Set<String> names = new LinkedHashSet<>();
    header.forEach(h -> names.add(Columns.normalise(h)));
    for (String kind : List.of(RecordReaders.PARTICIPANTS, RecordReaders.COUNTS, RecordReaders.ACTIVITIES)) {
      Map<String, String> mapped = settings == null ? Map.of() : settings.columns(kind);
      boolean all = true;
      for (Field f : RecordReaders.fieldsByKind().get(kind)) {
        if (f.required() && !names.contains(Columns.normalise(f.name()))
            && f.aliases().stream().noneMatch(a -> names.contains(Columns.normalise(a)))
            && !(mapped.containsKey(f.name()) && names.contains(Columns.normalise(mapped.get(f.name()))))) {
          all = false;
          break;
        }
      }
      if (all) {
        return kind;
      }
    }
    return null;
  }

  /**
   * For a workbook that lacks the sheet of a kind: the sheets that look like it, as a clause to add to
   * the message that the sheet is missing; {@code ""} for none.
   */
  static String lookalikes(XlsxWorkbook wb, String kind) {
    List<String> like = new ArrayList<>();
    for (String sheet : wb.visibleSheets()) {
      wb.tableHeader(sheet).filter(h -> kind.equals(kindOf(h, null))).ifPresent(h -> like.add(sheet));
    }
    if (like.isEmpty()) {
      return "";
    }
    String target = Texts.quote(sheetOf(kind));
    return like.size() == 1
        ? "; the sheet " + Texts.quote(like.get(0)) + " holds " + rows(kind) + ": rename it " + target
        : "; the sheets " + Texts.listed(like.stream().map(Texts::quote).toList()) + " hold " + rows(kind) + ":"
            + " impact reads one sheet, " + target + ", so move all their rows into one sheet of that name";
  }
}

package org.impactkit.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.internal.Texts;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.Tables;
import org.impactkit.read.table.Table;
import org.impactkit.read.xlsx.XlsxWorkbook;

/**
 * The files of an evaluation (SPEC §4.1): a folder, and/or files named one by one. {@link #locate()}
 * fills in what the folder holds for every kind of file not named.
 *
 * @param directory the evaluation folder, or {@code null}
 * @param config {@code evaluation.yaml}, or {@code null}
 * @param activities the activities file, or {@code null}
 * @param participants participant files (merged), possibly none
 * @param counts counts files, possibly none
 * @param workbook the single {@code evaluation.xlsx} a folder gives instead of separate files, or
 *     {@code null}; where it stands in the lists above, its sheet of that name is read
 */
public record EvaluationFiles(
    Path directory, Path config, Path activities, List<Path> participants, List<Path> counts, Path workbook) {

  /** The sheets of a single {@code evaluation.xlsx} workbook that stand for the separate files. */
  public static final String ACTIVITIES_SHEET = "Activities";

  /** The participants sheet of {@code evaluation.xlsx}. */
  public static final String PARTICIPANTS_SHEET = "Participants";

  /** The counts sheet of {@code evaluation.xlsx}. */
  public static final String COUNTS_SHEET = "Counts";

  /**
   * Creates the record, checking its parts.
   *
   * @param directory the evaluation folder, or {@code null}
   * @param config {@code evaluation.yaml}, or {@code null}
   * @param activities the activities file, or {@code null}
   * @param participants participant files (merged), possibly none
   * @param counts counts files, possibly none
   * @param workbook the single {@code evaluation.xlsx} a folder gives instead of separate files, or {@code
   *     null}; where it stands in the lists above, its sheet of that name is read
   */
  public EvaluationFiles {
    participants = participants == null ? List.of() : List.copyOf(participants);
    counts = counts == null ? List.of() : List.copyOf(counts);
  }

  /**
   * The files of a folder, found when the evaluation is prepared.
   *
   * @param folder the evaluation folder
   * @return the files
   */
  public static EvaluationFiles of(Path folder) {
    return builder().directory(folder).build();
  }

  /**
   * Whether a file of this name is a table a folder may hold (CSV or a workbook, ignoring case), including
   * the kinds refused by name ({@code .xls}, {@code .ods}…) so that they are named rather than missed.
   *
   * @param fileName a file name, e.g. {@code Participants 2023.csv}
   * @return whether it ends in a table's extension
   */
  public static boolean isTable(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return Folder.TABLE_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * Whether a file of this name in an evaluation folder is read as one of its inputs ({@code
   * participants-north.csv}, {@code evaluation.xlsx}, {@code impact-map.csv}…), ignoring case: a report
   * must not be written into the folder under such a name.
   *
   * @param fileName a file name, e.g. {@code participants.xlsx}
   * @return whether reading the folder would take it as an input
   */
  public static boolean readsAsInput(String fileName) {
    return Folder.readsAsInput(fileName);
  }

  /** {@return a builder for a folder and/or files named one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the participant and counts files} */
  public List<Path> records() {
    List<Path> records = new ArrayList<>(participants);
    records.addAll(counts);
    return records;
  }

  /** {@return every input path, for checks that outputs never land on them} */
  public List<Path> all() {
    List<Path> all = new ArrayList<>();
    if (config != null) {
      all.add(config);
    }
    if (activities != null) {
      all.add(activities);
    }
    all.addAll(participants);
    all.addAll(counts);
    if (workbook != null) {
      all.add(workbook);
    }
    return all.stream().distinct().toList();
  }

  /**
   * Warnings for the tables of the folder that look like one of the kinds it found but are not read: a
   * partner's {@code participants 2.csv} beside {@code participants.csv} would otherwise be left out without a
   * word, and its people with it. Only kinds found in the folder are looked at (files named one by one are
   * what the user chose).
   */
  List<Diagnostic> unreadLookalikes() throws IOException {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    Folder folder = Folder.of(directory);
    List<Diagnostic> warnings = new ArrayList<>();
    List<Path> read = all();
    lookalikes(folder, "participant", participants.equals(folder.tables("participants")), read, warnings,
        "participants.csv and files named participants-….csv or participants_….csv (merged as one evaluation)",
        "participants-2.csv");
    lookalikes(folder, "counts", counts.equals(folder.tables("counts")), read, warnings,
        "counts.csv and files named counts-….csv or counts_….csv (added together)", "counts-2.csv");
    lookalikes(folder, "activit", activities != null && activities.equals(folder.table("activities")), read,
        warnings, "one activities file, activities.csv or activities.xlsx", null);
    return warnings;
  }

  private void lookalikes(Folder folder, String start, boolean foundHere, List<Path> read, List<Diagnostic> warnings,
      String whatIsRead, String renamed) {
    if (!foundHere && !(workbook != null && read.contains(workbook))) {
      return;
    }
    // Beside evaluation.xlsx no separate table may be read (locate refuses the two together), so renaming
    // the file would only stop the run: its rows belong in the workbook's sheet.
    String todo = workbook != null && read.contains(workbook)
        ? "impact reads this evaluation from " + workbook.getFileName() + " (its sheets 'Activities', 'Participants'"
            + " and 'Counts'); move the file's rows into the sheet they belong to, or move the file out of the folder"
        : "impact reads " + whatIsRead + (renamed == null ? "; move it out of the folder if it is not meant to be"
            + " read" : "; rename it (e.g. " + renamed + ") to include it, or move it out of the folder");
    for (String name : folder.lookalikes(start, read)) {
      warnings.add(Diagnostic.warning(directory.resolve(name).toString(), 0, null, "this file is in the evaluation"
          + " folder but not read: " + todo));
    }
  }

  /** Opens one input table: a CSV file, a workbook's sheet named like {@code sheet} or its first sheet. */
  Table open(Path file, String sheet) throws IOException {
    return Tables.open(file, file.toString(), sheet, file.equals(workbook));
  }

  /**
   * These files with what the folder holds for every kind not named: each file given replaces only its
   * own kind, so naming the participants leaves the folder's counts in.
   *
   * @return the files, each kind found
   * @throws InvalidInputException when the folder does not exist, holds one {@code evaluation.xlsx} beside
   *     separate tables, or lacks required files
   * @throws IOException when the folder cannot be read
   */
  public EvaluationFiles locate() throws IOException {
    if (directory == null) {
      return this;
    }
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException(Files.exists(directory)
          ? Diagnostic.error(directory.toString(), 0, null, "not a folder; give the evaluation folder, or name its files one by one")
              .withAdvice(Advice.NAME_THE_FILES)
          : Diagnostic.error(directory.toString(), 0, null, "no such folder"));
    }
    Folder folder = Folder.of(directory);
    List<Diagnostic> missing = new ArrayList<>();
    Path foundConfig = config != null ? config : folder.first("evaluation.yaml", "evaluation.yml");
    Path foundActivities = activities;
    if (foundActivities == null) {
      foundActivities = folder.table("activities");
      sameTableTwice(folder, foundActivities == null ? List.of() : List.of(foundActivities), missing);
    }
    List<Path> foundParticipants = participants;
    if (foundParticipants.isEmpty()) {
      foundParticipants = folder.tables("participants");
      sameTableTwice(folder, foundParticipants, missing);
    }
    List<Path> foundCounts = counts;
    if (foundCounts.isEmpty()) {
      foundCounts = folder.tables("counts");
      sameTableTwice(folder, foundCounts, missing);
    }
    Path book = folder.table("evaluation", Folder.TABLE_EXTENSIONS.subList(1, Folder.TABLE_EXTENSIONS.size()));
    if (bookBesideTables(folder, book, fromFolder(foundActivities, foundParticipants, foundCounts), missing)) {
      throw new InvalidInputException(missing, 0);
    }
    boolean needBook = foundActivities == null || (foundParticipants.isEmpty() && foundCounts.isEmpty());
    if (book != null && needBook) {
      if (!Tables.isWorkbook(book)) {
        Tables.open(book, book.toString()).close(); // evaluation.xls and the like: refused by name, saying what to do
      }
      try (XlsxWorkbook wb = XlsxWorkbook.open(book, book.toString())) {
        if (foundActivities == null) {
          if (wb.findSheet(ACTIVITIES_SHEET).isPresent()) {
            foundActivities = book;
          } else {
            String like = UnreadSheets.lookalikes(wb, RecordReaders.ACTIVITIES);
            missing.add(Diagnostic.error(wb.name(), 0, null, wb.missingSheetMessage(ACTIVITIES_SHEET, like.isEmpty())
                + like));
          }
        }
        if (foundParticipants.isEmpty() && foundCounts.isEmpty()) {
          if (wb.findSheet(PARTICIPANTS_SHEET).isPresent()) {
            foundParticipants = List.of(book);
          }
          if (wb.findSheet(COUNTS_SHEET).isPresent()) {
            foundCounts = List.of(book);
          }
          if (foundParticipants.isEmpty() && foundCounts.isEmpty()) {
            // A sheet named otherwise that holds such rows is named: most often the one meant, renamed.
            String like = UnreadSheets.lookalikes(wb, RecordReaders.PARTICIPANTS)
                + UnreadSheets.lookalikes(wb, RecordReaders.COUNTS);
            missing.add(Diagnostic.error(wb.name(), 0, null, wb.missingSheetMessage(PARTICIPANTS_SHEET, like.isEmpty())
                .replace("no sheet 'Participants'", "no sheet 'Participants' or 'Counts'") + like));
          }
        }
      }
    } else {
      book = null;
    }
    String unread = unread(folder, foundActivities, foundParticipants, foundCounts);
    if (foundActivities == null && book == null) {
      missing.add(Diagnostic.error(directory.toString(), 0, null,
          "no activities file: expected activities.csv or activities.xlsx (or one evaluation.xlsx) in the folder"
              + unread).withAdvice(Advice.NAME_THE_ACTIVITIES));
    }
    if (foundParticipants.isEmpty() && foundCounts.isEmpty() && book == null) {
      missing.add(Diagnostic.error(directory.toString(), 0, null,
          "no participant or counts records: expected participants.csv or counts.csv (or .xlsx, or one"
              + " evaluation.xlsx) in the folder" + unread).withAdvice(Advice.NAME_THE_RECORDS));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing, 0);
    }
    return new EvaluationFiles(directory, foundConfig, foundActivities, foundParticipants, foundCounts, book);
  }

  /**
   * The tables a folder holds under names impact does not read, for the message that a kind is missing:
   * {@code Participants 2023.csv} is most often the file the user meant.
   */
  private static String unread(Folder folder, Path activities, List<Path> participants, List<Path> counts) {
    List<Path> read = new ArrayList<>(participants);
    read.addAll(counts);
    if (activities != null) {
      read.add(activities);
    }
    List<String> others = folder.otherTables(read).stream().map(Texts::quote).toList();
    if (others.isEmpty()) {
      return "";
    }
    return " (it holds " + Texts.listed(others) + ", not read under "
        + (others.size() == 1 ? "that name" : "those names") + ": rename the one you mean)";
  }

  /** The separate tables this folder gives for the kinds not named one by one. */
  private List<Path> fromFolder(Path foundActivities, List<Path> foundParticipants, List<Path> foundCounts) {
    List<Path> found = new ArrayList<>();
    if (activities == null && foundActivities != null) {
      found.add(foundActivities);
    }
    if (participants.isEmpty()) {
      found.addAll(foundParticipants);
    }
    if (counts.isEmpty()) {
      found.addAll(foundCounts);
    }
    return found;
  }

  /**
   * One workbook beside separate tables in a folder: reading either silently drops the other (or mixes
   * the workbook's activities with the tables' participants), so neither is read.
   *
   * @return whether the folder holds both
   */
  private static boolean bookBesideTables(Folder folder, Path book, List<Path> tables, List<Diagnostic> problems) {
    if (book == null || tables.isEmpty()) {
      return false;
    }
    String names = String.join(", ", tables.stream().map(p -> p.getFileName().toString()).toList());
    problems.add(Diagnostic.error(folder.dir().toString(), 0, null, "holds both " + book.getFileName() + " and "
        + names + "; impact reads one or the other: move the one you do not mean out of the folder, or name the"
        + " files to read one by one").withAdvice(Advice.NAME_THE_FILES));
    return true;
  }

  /** The same table saved twice in a folder: reading both would count every row twice. */
  private static void sameTableTwice(Folder folder, List<Path> found, List<Diagnostic> problems) {
    Set<String> reported = new HashSet<>();
    for (Path p : found) {
      for (Path twin : folder.twins(p)) {
        String stem = twin.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        if (reported.add(stem)) {
          problems.add(Diagnostic.error(folder.dir().toString(), 0, null, "both " + p.getFileName() + " and "
              + twin.getFileName() + " are in the folder; keep one, or name the files to read one by one").withAdvice(Advice.NAME_THE_FILES));
        }
      }
    }
  }

  /** Builds {@link EvaluationFiles}. */
  public static final class Builder {
    private Path directory;
    private Path config;
    private Path activities;
    private final List<Path> participants = new ArrayList<>();
    private final List<Path> counts = new ArrayList<>();

    private Builder() {}

    /**
     * The evaluation folder.
     *
     * @param dir the folder
     * @return this builder
     */
    public Builder directory(Path dir) {
      this.directory = dir;
      return this;
    }

    /**
     * The settings file, instead of the folder's {@code evaluation.yaml}.
     *
     * @param file the file
     * @return this builder
     */
    public Builder config(Path file) {
      this.config = file;
      return this;
    }

    /**
     * The activities file, instead of the folder's.
     *
     * @param file the file
     * @return this builder
     */
    public Builder activities(Path file) {
      this.activities = file;
      return this;
    }

    /**
     * A participant file; several are merged. Any given replace the folder's.
     *
     * @param file the file
     * @return this builder
     */
    public Builder participants(Path file) {
      this.participants.add(file);
      return this;
    }

    /**
     * A counts file; several are merged. Any given replace the folder's.
     *
     * @param file the file
     * @return this builder
     */
    public Builder counts(Path file) {
      this.counts.add(file);
      return this;
    }

    /** {@return the files named} */
    public EvaluationFiles build() {
      return new EvaluationFiles(directory, config, activities, participants, counts, null);
    }
  }
}

package org.impactkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic evaluation folder for benchmarks: 100 activities and N participant rows
 * (about 64 bytes each, so 1,000,000 rows is about 60 MB), with the bundled bank's outcomes, ages,
 * dates, duplicates, conflicts and two breakdown columns. Deterministic for a given row count.
 *
 * <p>Usage: {@code GenerateEvaluation DIR ROWS [--people N] [--plain] [--id-prefix TEXT]}: {@code --people}
 * draws the ids from N distinct participants instead of ROWS × 0.4 (ten million rows of about three million
 * people is SPEC §9's memory case); {@code --id-prefix} puts TEXT before every id (ids longer than eight
 * characters take the participant table's hashed path and its id arena); {@code --plain} leaves out the two
 * breakdown columns (about 49 bytes a row, the shape the
 * DuckDB comparison of issue 20 was measured on).
 */
public final class GenerateEvaluation {
  static final String[] OUTCOMES = {"employment", "regular-volunteering", "sport-participation", "arts-engagement",
      "youth-programme", "school-resilience", "loneliness-reduced", ""};
  static final String[] GENDERS = {"Female", "Male", "Prefer not to say"};
  static final int ACTIVITIES = 100;

  private GenerateEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    long people = Math.max(1, rows * 2 / 5);
    boolean plain = false;
    String prefix = "";
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--people" -> people = Long.parseLong(args[++i]);
        case "--plain" -> plain = true;
        case "--id-prefix" -> prefix = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: GenerateEvaluation DIR ROWS [--people N] [--plain] [--id-prefix TEXT]");
      }
    }
    write(dir, rows, people, plain, prefix);
  }

  /** Writes the folder; participants are drawn from rows × 0.4 distinct ids. */
  public static void write(Path dir, long rows) throws IOException {
    write(dir, rows, Math.max(1, rows * 2 / 5), false, "");
  }

  /**
   * Writes the folder.
   *
   * @param people how many distinct ids the participants are drawn from
   * @param plain whether to leave out the breakdown columns (gender, ward)
   * @param idPrefix text before every participant id
   */
  public static void write(Path dir, long rows, long people, boolean plain, String idPrefix) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(20211);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("activities.csv"), StandardCharsets.UTF_8)) {
      w.write("activity_id,activity_name,annual_budget,region,partner\n");
      for (int i = 0; i < ACTIVITIES; i++) {
        w.write(activity(i) + ",Activity " + i + ",\"£" + String.format("%,d", 1000 + random.nextInt(89_000))
            + ".00\"," + (i % 3 == 0 ? "London" : "Outside London") + ",Partner " + (i % 7) + "\n");
      }
    }
    String format = "%0" + Math.max(7, String.valueOf(people).length()) + "d";
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("participants.csv"), StandardCharsets.UTF_8)) {
      w.write(plain ? "participant_id,activity_id,outcome,age,date\n"
          : "participant_id,activity_id,outcome,age,date,gender,ward\n");
      StringBuilder sb = new StringBuilder(96);
      for (long r = 0; r < rows; r++) {
        sb.setLength(0);
        sb.append(idPrefix).append('P').append(String.format(format, 1 + random.nextLong(people))).append(',')
            .append(activity(random.nextInt(ACTIVITIES))).append(',')
            .append(OUTCOMES[random.nextInt(OUTCOMES.length)]).append(',')
            .append(5 + random.nextInt(86)).append(",2021-")
            .append(String.format("%02d-%02d", 4 + random.nextInt(9), 1 + random.nextInt(28)));
        if (!plain) {
          sb.append(',').append(GENDERS[random.nextInt(GENDERS.length)]).append(",Ward ")
              .append(1 + random.nextInt(40));
        }
        sb.append('\n');
        w.append(sb);
      }
    }
    Files.writeString(dir.resolve("evaluation.yaml"), "name: Benchmark evaluation\n"
        + "period: {start: 2021-04-01, end: 2022-03-31}\nbank: uk-wellby-open\nregion: outside-london\n");
  }

  static String activity(int i) {
    return String.format("act-%03d", i);
  }
}

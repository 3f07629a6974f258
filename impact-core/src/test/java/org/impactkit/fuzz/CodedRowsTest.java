package org.impactkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.Period;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.RecordReaders;
import org.impactkit.read.csv.CsvTable;
import org.impactkit.read.table.Table;
import org.impactkit.report.json.CalculationJson;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;
import org.impactkit.valuation.ValuationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain participant rows are handed to the calculator as numbers ({@link CodedParticipant}) rather than as
 * records: a shortcut that must change nothing. Each case reads one generated file twice, once through a
 * sink that offers the calculator's codes and once through one that does not, and compares the two JSON
 * reports, every diagnostic and every check. The files mix plain rows with every kind a plain row is not:
 * quoted, padded, blank, unknown, misspelt, out of range, undated, the template's example, short and long.
 */
class CodedRowsTest {
  private static final SourceFile FIXED = SourceFile.inMemory("fixed-activities");
  private static final String[] ACTIVITY_IDS = {"A1", "A2", "A3", "A-BAD", "EXAMPLE-A", "a1", "A9"};
  private static final String[] OUTCOMES = {"employment", "volunteering", "confidence", "Employment",
      "Moved into work", "employmnt", " employment", ""};
  private static final String[] AGES = {"", "0", "7", "07", "34", "120", "121", "-1", "x", " 40", "1,000"};
  private static final String[] DATES = {"", "2021-04-01", "2021-09-30", "2022-03-31", "2022-04-01", "2020-12-31",
      "2021-13-01", "01/06/2021", "2021-6-1", " 2021-05-05"};

  /** Age bands, regions and survey answers: the first four of each plain, the rest not. */
  private static final String[] BANDS = bands();
  private static final String[] REGIONS = {"", "london", "Outside London", "Greater London", "Londn", " london",
      "mars"};
  private static final String[] ANSWERS = {"", "yes", "no", "Y", "maybe", " yes"};

  @TempDir
  Path dir;

  /** The fake bank's bands by id and by label, one that is no band, and one to strip. */
  private static String[] bands() {
    List<String> bands = new ArrayList<>(List.of(""));
    FuzzSupport.FAKE_BANK.ageBands().forEach(b -> bands.add(bands.size() % 2 == 0 ? b.label() : b.id()));
    bands.add("ancient");
    bands.add(" " + FuzzSupport.FAKE_BANK.ageBands().get(0).id());
    return bands.toArray(String[]::new);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
  void theSameReportWithCodedRowsAsWithRecords(int seed) throws IOException {
    Random random = new Random(seed);
    Path file = dir.resolve("participants.csv");
    String header = switch (seed % 7) {
      case 0 -> "participant_id,activity_id,outcome,age,date";
      case 1 -> "date,outcome,participant_id,activity_id";
      case 2 -> "Participant ID;Activity;Outcome;Age";
      case 3 -> "participant_id,activity_id,outcome,age,date,gender"; // a breakdown
      case 4 -> "participant_id,Name,activity_id,outcome,ward,age,date"; // a column left out, a breakdown
      case 5 -> "participant_id,activity_id,outcome,age,age_band,region,baseline,follow_up,date";
      default -> "participant_id,activity_id,outcome,age_band,date,date_of_birth"; // never coded
    };
    Files.writeString(file, header + "\n" + rows(random, header, 400), StandardCharsets.UTF_8);
    for (ValuationSettings settings : settings(seed)) {
      assertThat(run(file, settings, calculator -> calculator))
          .isEqualTo(run(file, settings, Counting::recordsOnly));
    }
  }

  /**
   * The same property for any bytes (a fuzz target: see docs/fuzzing.md). Most inputs get a header first (of
   * the five plain columns, or of every column a row may code), so that their rows may be coded; an input
   * refused as a file is refused alike both ways.
   */
  @FuzzTest(maxDuration = "5m")
  void codedRowsChangeNothing(byte[] input) throws IOException {
    Path file = Files.createTempFile(dir, "fuzz", ".csv");
    byte[] header = (input.length % 2 == 0 ? "participant_id,activity_id,outcome,age,date\n"
        : "participant_id,activity_id,outcome,age,age_band,region,baseline,follow_up,gender,date\n")
        .getBytes(StandardCharsets.US_ASCII);
    boolean withHeader = input.length % 4 != 3;
    byte[] bytes = new byte[(withHeader ? header.length : 0) + input.length];
    if (withHeader) {
      System.arraycopy(header, 0, bytes, 0, header.length);
    }
    System.arraycopy(input, 0, bytes, bytes.length - input.length, input.length);
    Files.write(file, bytes);
    ValuationSettings settings = settings(input.length).get(input.length % 3);
    assertThat(runOrRefusal(file, settings, calculator -> calculator))
        .isEqualTo(runOrRefusal(file, settings, Counting::recordsOnly));
    Files.delete(file);
  }

  @Test
  void plainRowsAreCodedAndOthersAreRecords() throws IOException {
    Path file = dir.resolve("participants.csv");
    Files.writeString(file, """
        participant_id,activity_id,outcome,age,date
        p1,A1,employment,34,2021-05-01
        p2,A2,,,
        "p3",A1,confidence,7,2021-06-01
        p4,A1,Moved into work,34,2021-05-01
        p5 ,A1,employment,34,2021-05-01
        p6,A9,employment,34,2021-05-01
        p7,A1,employment,x,2021-05-01
        """, StandardCharsets.UTF_8);
    Counting counting = read(file, Settings.builder().skipInvalid(true).build());
    // p3's quotes are the parser's, and p4 names its outcome by name as a record may; p5 is padded, p6's
    // activity is unknown and p7's age is not a number: those are read as records, and reported as ever
    assertThat(counting.coded).containsExactly(2L, 3L, 4L, 5L);
    assertThat(counting.records).containsExactly(6L, 7L, 8L);
  }

  @Test
  void breakdownsAreCodedWhenNothingNeedsStripping() throws IOException {
    Path file = dir.resolve("participants.csv");
    Files.writeString(file, "participant_id,email,activity_id,gender\np1,a@b.c,A1,f\np2,,A1, m\np3,,A1,\n",
        StandardCharsets.UTF_8);
    Counting counting = read(file, Settings.builder().build());
    assertThat(counting.coded).containsExactly(2L, 4L);
    assertThat(counting.records).containsExactly(3L); // " m" is stripped in its record
  }

  @Test
  void aFailureWhileValuingACodedRowIsNotTheFilesFault() throws IOException {
    Path file = dir.resolve("participants.csv");
    Files.writeString(file, "participant_id,activity_id,outcome,age,date\np1,A1,employment,34,2021-05-01\n",
        StandardCharsets.UTF_8);
    Calculator calculator = calculator(Settings.builder().build(), new Diagnostics());
    RecordSink failing = new Counting(calculator, true) {
      @Override
      public void coded(CodedParticipant row) {
        throw new IllegalStateException("a fault in the calculation");
      }
    };
    // FastCSV calls the sink from within its parse and wraps what it throws: still not a bad line of the CSV
    try (Table table = CsvTable.open(file, "participants.csv")) {
      assertThatThrownBy(() -> RecordReaders.participants(table, failing, new Diagnostics()))
          .isInstanceOf(IllegalStateException.class).hasMessage("a fault in the calculation");
    }
  }

  @Test
  void theCalculatorRefusesRowsItsCodesCannotGive() {
    Calculator calculator = calculator(Settings.builder().skipInvalid(true).build(), new Diagnostics());
    SourceFile file = SourceFile.inMemory("coded");
    // a blank id is a problem to report, so only a record may carry it; numbers must be the calculator's own
    for (CodedParticipant row : List.of(new CodedParticipant(" ", 0, 0, -1, null, -1, -1, null, null, List.of(), file, 2),
        new CodedParticipant("p1 ", 0, 0, -1, null, -1, -1, null, null, List.of(), file, 2),
        new CodedParticipant("p1", 5, -1, -1, null, -1, -1, null, null, List.of(), file, 2),
        new CodedParticipant("p1", 0, 3, -1, null, -1, -1, null, null, List.of(), file, 2),
        new CodedParticipant("p1", 0, 0, -1, null, 9, -1, null, null, List.of(), file, 2),
        new CodedParticipant("p1", 0, 0, -1, null, -1, 2, null, null, List.of(), file, 2))) {
      assertThatThrownBy(() -> calculator.coded(row)).as("%s", row).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ParticipantRecord");
    }
    calculator.coded(new CodedParticipant("p1", 0, 0, 30, null, -1, -1, null, null, List.of(), file, 2));
    assertThat(calculator.finish().totals().claims()).isEqualTo(1);
  }

  @Test
  void aTableWithDatesOfBirthIsReadAsRecords() throws IOException {
    Path file = dir.resolve("participants.csv");
    Files.writeString(file, "participant_id,activity_id,date_of_birth\np1,A1,2001-02-03\n", StandardCharsets.UTF_8);
    Counting counting = read(file, Settings.builder().build());
    assertThat(counting.coded).isEmpty();
    assertThat(counting.records).containsExactly(2L);
  }

  private static List<ValuationSettings> settings(int seed) {
    Period year = new Period(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31));
    return List.of(
        Settings.builder().period(year).skipInvalid(true).build(),
        Settings.builder().skipInvalid(true).defaultRegion(seed % 2 == 0 ? "outside-london" : null).build(),
        Settings.builder().period(year).build());
  }

  /** Rows in the header's columns, most of them plain, the rest each unusual in some way. */
  private static String rows(Random random, String header, int n) {
    char delimiter = header.contains(";") ? ';' : ',';
    String[] columns = header.split(String.valueOf(delimiter));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean plain = random.nextInt(3) > 0;
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        String c = column.toLowerCase();
        String value;
        if (c.contains("participant")) {
          value = random.nextInt(40) == 0 ? "EXAMPLE-" + i : "p" + random.nextInt(60);
          if (!plain && random.nextInt(4) == 0) {
            value = random.nextBoolean() ? "" : " " + value;
          }
        } else if (c.contains("activity")) {
          value = plain ? ACTIVITY_IDS[random.nextInt(3)] : pick(random, ACTIVITY_IDS);
        } else if (c.contains("outcome")) {
          value = plain ? OUTCOMES[random.nextInt(3)] : pick(random, OUTCOMES);
        } else if (c.equals("age")) {
          value = plain ? AGES[random.nextInt(6)] : pick(random, AGES);
        } else if (c.equals("date")) {
          value = plain ? DATES[random.nextInt(6)] : pick(random, DATES);
        } else if (c.equals("age_band")) {
          value = plain ? BANDS[random.nextInt(4)] : pick(random, BANDS);
        } else if (c.equals("region")) {
          value = plain ? REGIONS[random.nextInt(4)] : pick(random, REGIONS);
        } else if (c.equals("baseline") || c.equals("follow_up")) {
          value = plain ? ANSWERS[random.nextInt(4)] : pick(random, ANSWERS);
        } else if (c.equals("date_of_birth")) {
          value = random.nextBoolean() ? "" : "2001-02-03";
        } else if (c.equals("name")) {
          value = pick(random, new String[] {"Ann Lee", " Bo", "", "Cy, Dee"});
        } else {
          value = pick(random, plain ? new String[] {"f", "m", ""} : new String[] {"f", " m", "x\u00a0", " "});
        }
        if (!plain && random.nextInt(6) == 0) {
          value = '"' + value + '"';
        }
        cells.add(value);
      }
      if (!plain && random.nextInt(8) == 0) {
        cells.remove(cells.size() - 1); // cut short
      } else if (!plain && random.nextInt(8) == 0) {
        cells.add("extra");
      } else if (!plain && random.nextInt(12) == 0) {
        cells.clear(); // a blank line
      }
      out.append(String.join(String.valueOf(delimiter), cells)).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
    }
    return out.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Reads the file into a new calculator with these settings, noting which rows were coded. */
  private static Counting read(Path file, ValuationSettings settings) throws IOException {
    Counting counting = new Counting(calculator(settings, new Diagnostics()), true);
    try (Table table = CsvTable.open(file, "participants.csv")) {
      RecordReaders.participants(table, counting, new Diagnostics());
    }
    return counting;
  }

  /** {@link #run}, or the diagnostics of a file refused as a whole. */
  private static String runOrRefusal(Path file, ValuationSettings settings, Function<Calculator, RecordSink> sink)
      throws IOException {
    try {
      return run(file, settings, sink);
    } catch (InvalidInputException refused) {
      return "file refused: " + refused.diagnostics();
    }
  }

  /** The JSON report and every diagnostic of one run, or the diagnostics that refused it. */
  private static String run(Path file, ValuationSettings settings, Function<Calculator, RecordSink> sink)
      throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Calculator calculator = calculator(settings, diagnostics);
    try (Table table = CsvTable.open(file, "participants.csv")) {
      RecordReaders.participants(table, sink.apply(calculator), diagnostics);
    }
    StringBuilder out = new StringBuilder();
    try {
      CalculationResult result = calculator.finish();
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      CalculationJson.write(result, json);
      out.append(json.toString(StandardCharsets.UTF_8));
    } catch (InvalidInputException refused) {
      out.append("refused\n");
      refused.diagnostics().forEach(d -> out.append(d).append('\n'));
    }
    for (Diagnostic d : diagnostics.sorted()) {
      out.append(d).append('\n');
    }
    return out.toString();
  }

  private static Calculator calculator(ValuationSettings settings, Diagnostics diagnostics) {
    List<Activity> activities = List.of(
        new Activity("A1", "Club", new BigDecimal("1000"), "london", "Partner One", new RowRef(FIXED, 2)),
        new Activity("A2", "Walks", new BigDecimal("2500.50"), null, null, new RowRef(FIXED, 3)),
        new Activity("A3", "Jobs", BigDecimal.ZERO, "outside-london", "Partner Two", new RowRef(FIXED, 4)),
        new Activity("A-BAD", "Bad", new BigDecimal("10"), "mars", null, new RowRef(FIXED, 5)),
        new Activity("EXAMPLE-A", "Example", new BigDecimal("10"), "london", null, new RowRef(FIXED, 6)));
    return new Calculator(FuzzSupport.FAKE_BANK, settings, activities, diagnostics);
  }

  /**
   * Passes everything on, noting the lines of coded rows and of records. Offers the calculator's codes only
   * when told to: without them, every row is read as a record.
   */
  private static class Counting implements RecordSink {
    final List<Long> coded = new ArrayList<>();
    final List<Long> records = new ArrayList<>();
    private final Calculator target;
    private final boolean offerCodes;

    Counting(Calculator target, boolean offerCodes) {
      this.target = target;
      this.offerCodes = offerCodes;
    }

    static Counting recordsOnly(Calculator target) {
      return new Counting(target, false);
    }

    @Override
    public RecordCodes codes() {
      return offerCodes ? target.codes() : null;
    }

    @Override
    public void coded(CodedParticipant row) {
      coded.add(row.line());
      target.coded(row);
    }

    @Override
    public void participant(ParticipantRecord record) {
      records.add(record.ref().line());
      target.participant(record);
    }

    @Override
    public void count(CountRecord record) {
      target.count(record);
    }

    @Override
    public void rejected(RowRef row) {
      records.add(row.line());
      target.rejected(row);
    }
  }
}

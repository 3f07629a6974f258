package org.impactkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.impactkit.bank.ValueBank;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.read.bank.BankReader;
import org.impactkit.read.table.Row;

/** Test data: a bank with made-up values and quick ways to build records. */
public final class Fixtures {
  /** A participants "file" that has baseline and follow-up columns, so survey warnings stay quiet. */
  public static final SourceFile PARTICIPANTS = new SourceFile("participants.csv",
      java.util.Map.of("baseline", "baseline", "follow_up", "follow_up"), List.of());

  public static final SourceFile COUNTS = file("counts.csv");
  public static final SourceFile ACTIVITIES = file("activities.csv");

  private static long line = 1;

  private Fixtures() {}

  /** A file without named columns: messages speak of its lines, as for any file read. */
  public static SourceFile file(String name) {
    return new SourceFile(name, java.util.Map.of(), List.of());
  }

  /** The fake bank: employment varies by region and band (deadweight 20% by category), volunteering 500
   * (10%), confidence 300 (no deadweight); confidence conflicts with both others. */
  public static ValueBank fakeBank() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/org/impactkit/fake-bank.json")) {
      return BankReader.read(in, "fake-bank.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bank of {@code n} made-up outcomes {@code outcome-0} … each worth 100 with 10% deadweight, one
   * region, conflicting with nothing.
   */
  public static ValueBank bankWithOutcomes(int n) {
    StringBuilder json = new StringBuilder("{\"schema\": \"impact/bank/v1\", \"id\": \"many\", \"name\": \"Many\","
        + " \"version\": \"1\", \"currency\": \"GBP\", \"priceYear\": 2020, \"outcomes\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ", ").append("{\"id\": \"outcome-").append(i).append("\", \"name\": \"Outcome ")
          .append(i).append("\", \"category\": \"Test\", \"deadweight\": 0.1, \"value\": 100}");
    }
    try {
      return BankReader.read(new java.io.ByteArrayInputStream(json.append("]}").toString()
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "many.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Activity activity(String id, String budget, String region) {
    return new Activity(id, null, new BigDecimal(budget), region, null, new RowRef(ACTIVITIES, ++line));
  }

  public static Activity activity(String id, String budget, String region, String partner) {
    return new Activity(id, null, new BigDecimal(budget), region, partner, new RowRef(ACTIVITIES, ++line));
  }

  /** A builder-ish helper for participant rows. */
  public static Row row(String participant, String activity) {
    return new Row(participant, activity);
  }

  public static CountRecord count(String activity, String outcome, String band, long n) {
    return new CountRecord(activity, outcome, band, null, n, new RowRef(COUNTS, ++line));
  }

  /** A participant row under construction. */
  public static final class Row {
    private final String participant;
    private final String activity;
    private String outcome;
    private Integer age;
    private String band;
    private LocalDate dob;
    private String region;
    private LocalDate date;
    private Boolean baseline;
    private Boolean followUp;
    private SourceFile file = PARTICIPANTS;
    private List<String> extras = List.of();

    Row(String participant, String activity) {
      this.participant = participant;
      this.activity = activity;
    }

    public Row outcome(String o) {
      this.outcome = o;
      return this;
    }

    public Row age(int a) {
      this.age = a;
      return this;
    }

    public Row band(String b) {
      this.band = b;
      return this;
    }

    public Row dob(String d) {
      this.dob = LocalDate.parse(d);
      return this;
    }

    public Row region(String r) {
      this.region = r;
      return this;
    }

    public Row date(String d) {
      this.date = LocalDate.parse(d);
      return this;
    }

    public Row baseline(boolean b) {
      this.baseline = b;
      return this;
    }

    public Row followUp(boolean f) {
      this.followUp = f;
      return this;
    }

    public Row file(SourceFile f) {
      this.file = f;
      return this;
    }

    public Row extras(List<String> e) {
      this.extras = e;
      return this;
    }

    public ParticipantRecord build() {
      return new ParticipantRecord(participant, activity, outcome, age, band, dob, region, date, baseline, followUp,
          extras, new RowRef(file, ++line));
    }
  }
}

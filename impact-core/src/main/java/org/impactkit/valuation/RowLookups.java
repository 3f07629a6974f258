package org.impactkit.valuation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Advice;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.Texts;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RowRef;

/**
 * Resolves what a row names into the bank's outcomes, age bands and regions, and the run's activities
 * (SPEC §4.4, §5.2), numbering each for the packed tables; a name that resolves to nothing becomes a
 * problem of the row, with a hint. Spellings and ages repeat from row to row, so each is resolved once.
 */
final class RowLookups {
  /** The most distinct spellings remembered, so a hostile file cannot grow the memo without bound. */
  private static final int MEMO_LIMIT = 1 << 12;

  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Diagnostics diagnostics;
  private final Activities activities;
  private final Map<String, Integer> outcomeIndex = new HashMap<>();
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final Map<String, Integer> bandIndex = new HashMap<>();
  /** Outcomes as written in rows, resolved once each (most files repeat a handful of spellings). */
  private final Map<String, Integer> outcomeByText = new HashMap<>();
  /** The band of each whole age a row may give (0–120), looked up instead of searched per row. */
  private final AgeBand[] bandByAge = new AgeBand[ParticipantRecord.MAX_AGE + 1];
  /** The number of each whole age's band, or of the unknown band; and that number. */
  private final int[] bandNumberByAge = new int[ParticipantRecord.MAX_AGE + 1];
  private final int unknownBandNumber;
  /** Rows whose age no band of the bank covers (a bank's bands may start at 16), and the first such age. */
  private long agesWithoutBand;
  private int firstAgeWithoutBand = -1;
  /** Per activity: the number of the region its rows take when they name none (-1 for none). */
  private final int[] regionNumberOfActivity;
  /** Per activity: whether its id marks the template's worked example. */
  private final boolean[] exampleActivity;
  private final Region defaultRegion;
  /** Invalid or missing activities rows named, by kind of row and id, in the order first named. */
  private final Map<String, Repeats> repeats = new LinkedHashMap<>();

  /**
   * Resolves the evaluation's default region at once: one that is not the bank's is a fatal problem,
   * reported here only.
   */
  RowLookups(ValueBank bank, ValuationSettings settings, Diagnostics diagnostics, Activities activities) {
    this.bank = bank;
    this.settings = settings;
    this.diagnostics = diagnostics;
    this.activities = activities;
    for (int i = 0; i < bank.outcomes().size(); i++) {
      outcomeIndex.put(bank.outcomes().get(i).id(), i);
    }
    for (int i = 0; i < bank.regions().size(); i++) {
      regionIndex.put(bank.regions().get(i).id(), i);
    }
    for (int i = 0; i < bank.ageBands().size(); i++) {
      bandIndex.put(bank.ageBands().get(i).id(), i);
    }
    for (int age = 0; age < bandByAge.length; age++) {
      bandByAge[age] = bank.bandForAge(age);
    }
    this.defaultRegion = resolveDefaultRegion();
    unknownBandNumber = number(AgeBand.UNKNOWN);
    for (int age = 0; age < bandByAge.length; age++) {
      bandNumberByAge[age] = bandByAge[age] == null ? unknownBandNumber : number(bandByAge[age]);
    }
    // Activities are all added by now (the calculator adds them first); rows are numbered by them.
    regionNumberOfActivity = new int[activities.size()];
    exampleActivity = new boolean[activities.size()];
    for (int a = 0; a < activities.size(); a++) {
      Region r = region(a);
      regionNumberOfActivity[a] = r == null ? -1 : number(r);
      exampleActivity[a] = RecordFacts.isExample(activities.writtenId(a));
    }
  }

  private Region resolveDefaultRegion() {
    String raw = settings.defaultRegion();
    if (raw == null) {
      return bank.regions().size() == 1 ? bank.regions().get(0) : null;
    }
    Region r = bank.region(raw).orElse(null);
    if (r == null) {
      diagnostics.fatal(Diagnostic.error(null, 0, null, "default region " + Texts.quote(raw) + " is not a region of bank "
          + bank.id() + "; expected one of " + regionChoices(bank) + NearestMatch.hint(raw, bank.regionNames())));
    }
    return r;
  }

  /** The number of the bank outcome a row names (by id or name), or -1 when the bank has none. */
  int outcomeNumber(String text) {
    Integer o = outcomeByText.get(text);
    if (o == null) {
      o = bank.outcome(text).map(found -> outcomeIndex.get(found.id())).orElse(-1);
      if (outcomeByText.size() < MEMO_LIMIT) {
        outcomeByText.put(text, o);
      }
    }
    return o;
  }

  /** The number of one of the bank's outcomes. */
  int number(Outcome outcome) {
    return outcomeIndex.get(outcome.id());
  }

  /** The number of one of the bank's regions. */
  int number(Region region) {
    return regionIndex.get(region.id());
  }

  /** The number of one of the bank's age bands. */
  int number(AgeBand band) {
    return bandIndex.get(band.id());
  }

  /**
   * The age band of a participant row: its {@code age_band}, else its age, else its date of birth (at
   * the row's date, else the period start), else unknown.
   */
  AgeBand band(ParticipantRecord r, List<Diagnostic> problems) {
    RowRef ref = r.ref();
    AgeBand byLabel = null;
    if (r.ageBand() != null) {
      byLabel = bank.ageBand(r.ageBand()).orElse(null);
      if (byLabel == null) {
        problems.add(unknownBand(ref, r.ageBand()));
        return AgeBand.UNKNOWN;
      }
    }
    AgeBand byAge = r.age() == null ? null : bandForAge(r.age());
    if (byLabel == null && r.age() != null && (byAge == null || byAge.isUnknown())) {
      ageWithoutBand(r.age());
    }
    if (byLabel != null && byAge != null && !byLabel.isUnknown() && byLabel != byAge) {
      problems.add(Diagnostic.error(ref, "age", "age " + r.age() + " is in band '" + byAge.label() + "', but the row's "
          + ref.file().header("age_band") + " says '" + byLabel.label() + "'"));
      return AgeBand.UNKNOWN;
    }
    if (byLabel != null) {
      return byLabel;
    }
    if (byAge != null) {
      return byAge;
    }
    if (r.dateOfBirth() != null) {
      LocalDate at = r.date() != null ? r.date() : settings.period() != null ? settings.period().start() : null;
      if (at == null) {
        diagnostics.add(Diagnostic.warning(ref.file().name(), 0, ref.file().header("date_of_birth"),
            "ages cannot be worked out from dates of birth without the date of the outcome or an evaluation"
                + " period; those rows are in the unknown age band"));
        return AgeBand.UNKNOWN;
      }
      int age = Period.between(r.dateOfBirth(), at).getYears();
      if (r.dateOfBirth().isAfter(at) || age > 120) {
        problems.add(Diagnostic.error(ref, "date_of_birth", "date of birth " + r.dateOfBirth() + " gives an age of "
            + (r.dateOfBirth().isAfter(at) ? "less than 0" : String.valueOf(age)) + " on " + at
            + "; expected an age from 0 to 120"));
        return AgeBand.UNKNOWN;
      }
      return bandForAge(age);
    }
    return AgeBand.UNKNOWN;
  }

  /**
   * The number of the age band of a row giving only its age ({@code -1} for none): its band's, else the
   * unknown band's, as {@link #band(ParticipantRecord, List)} finds for such a row.
   */
  int bandNumberOfAge(int age) {
    return age < 0 ? unknownBandNumber : bandNumberByAge[age];
  }

  /** The age band a counts row names, unknown when it names none, or {@code null} with a problem. */
  AgeBand band(String label, RowRef ref, List<Diagnostic> problems) {
    if (label == null) {
      return AgeBand.UNKNOWN;
    }
    AgeBand band = bank.ageBand(label).orElse(null);
    if (band == null) {
      problems.add(unknownBand(ref, label));
    }
    return band;
  }

  private AgeBand bandForAge(int age) {
    return age >= 0 && age < bandByAge.length ? bandByAge[age] : bank.bandForAge(age);
  }

  /**
   * A row's region (SPEC §5.2): the row's own, else its activity's, else the evaluation default, else
   * the bank's only region. {@code null} with a problem when there is none though one is {@code
   * required}, or when the row names one the bank does not have; {@code null} without one when the
   * default region itself is invalid (that one error says it all).
   */
  Region region(String raw, int activity, RowRef ref, boolean required, List<Diagnostic> problems) {
    if (raw != null) {
      Region r = bank.region(raw).orElse(null);
      if (r == null) {
        problems.add(unknownRegion(bank, ref, raw));
      }
      return r;
    }
    Region r = region(activity);
    if (r == null && required && settings.defaultRegion() == null) {
      problems.add(Diagnostic.error(ref, "region", "no region for this row: bank " + bank.id()
          + " values outcomes by region " + regionChoices(bank) + "; give the row or activity '"
          + activities.get(activity).id() + "' a region, or set a default region")
          .withAdvice(Advice.SET_A_DEFAULT_REGION));
    }
    return r;
  }

  /**
   * The region of a row naming none of its own: its activity's, else the evaluation default, else the
   * bank's only region; {@code null} when there is none ({@link #region(String, int, RowRef, boolean, List)}
   * says why).
   */
  Region region(int activity) {
    Region r = activities.region(activity);
    return r == null ? defaultRegion : r;
  }

  /** The id of an activity as its row wrote it. */
  String activityId(int activity) {
    return activities.writtenId(activity);
  }

  /** The number of the region of a row of this activity naming none of its own ({@link #region(int)}), or -1. */
  int regionNumber(int activity) {
    return regionNumberOfActivity[activity];
  }

  /** Whether a band (by number) is the unknown band, which a row's age never contradicts. */
  boolean isUnknownBand(int band) {
    return band == unknownBandNumber;
  }

  /** Whether an activity's id marks it as the template's worked example ({@link RecordFacts#isExample}). */
  boolean isExampleActivity(int activity) {
    return exampleActivity[activity];
  }

  /**
   * The numbering a reader may use for rows ({@link RecordCodes}): immutable, so the reading thread may ask
   * it while this thread values. Activities as they are now, so call it once they are all added.
   */
  RecordCodes codes() {
    Map<String, Integer> activityNumbers = activities.numbers();
    Map<String, Integer> outcomes = Map.copyOf(outcomeIndex);
    Map<String, Integer> bands = Map.copyOf(bandIndex);
    Map<String, Integer> regions = Map.copyOf(regionIndex);
    return new RecordCodes() {
      @Override
      public int activity(String id) {
        Integer a = activityNumbers.get(id);
        return a == null ? -1 : a;
      }

      @Override
      public int outcome(String text) {
        return bank.outcome(text).map(found -> outcomes.get(found.id())).orElse(-1);
      }

      @Override
      public int ageBand(String text) {
        return bank.ageBand(text).map(found -> bands.get(found.id())).orElse(-1);
      }

      @Override
      public int region(String text) {
        return bank.region(text).map(found -> regions.get(found.id())).orElse(-1);
      }
    };
  }

  /**
   * The number of the activity a row names, or {@code null} with the problem of naming one that is not
   * among the run's (no problem when the activities were unreadable). Only the first row naming a given
   * invalid or missing activity gets a problem; the rest are counted for {@link #repeated()}, so one bad
   * activity row does not bury the terminal under a line for each of its participants.
   *
   * @param rows what the row is, in the plural, for the summary: {@code participant rows}
   */
  Integer activity(String id, RowRef ref, String rows, List<Diagnostic> problems) {
    Integer activity = activities.number(id);
    if (activity == null) {
      unknownActivity(ref, id, rows, problems);
    }
    return activity;
  }

  private void unknownActivity(RowRef ref, String id, String rows, List<Diagnostic> problems) {
    String key = rows + '\u0000' + id;
    Repeats seen = repeats.get(key);
    if (seen != null) {
      if (seen.more++ == 0) {
        seen.firstMore = ref;
      }
      return;
    }
    RowRef invalid = activities.invalidRow(id);
    String why;
    if (invalid != null) {
      String where = invalid.where();
      problems.add(Diagnostic.error(ref, "activity_id", "activity " + Texts.quote(id) + " is itself invalid (see "
          + invalid.file().name() + (where == null ? "" : " " + where) + "), so this row cannot be valued"));
      why = ", which is itself invalid, so they cannot be valued either";
    } else if (!activities.isUnreadable()) {
      problems.add(Diagnostic.error(ref, "activity_id", "activity " + Texts.quote(id) + " is not among the activities"
          + (RecordFacts.isExample(id) ? ": this row is the blank template's worked example, left in after its"
              + " activity was deleted; delete the example rows (ids beginning " + RecordFacts.EXAMPLE_PREFIX + ")"
              : NearestMatch.hint(id, activities.ids()))));
      why = ", which is not among the activities";
    } else {
      return;
    }
    if (repeats.size() < MEMO_LIMIT) {
      repeats.put(key, new Repeats(id, rows, why));
    }
  }

  /**
   * One problem for each invalid or missing activity named by more than one row, counting the rows after
   * the first (which has its own problem), at the first of them: "… and 179 more participant rows of
   * activity 'X'". In the order the activities were first named.
   */
  /** Notes a row valued in the unknown band because no band of the bank covers its age. */
  void ageWithoutBand(int age) {
    if (agesWithoutBand++ == 0) {
      firstAgeWithoutBand = age;
    }
  }

  /**
   * A warning when rows gave ages that no age band of the bank covers: they are valued at its figure for an
   * unknown age, though the age was given, and the unknown-band check would only ask for ages.
   */
  List<Diagnostic> agesWithoutBand() {
    if (agesWithoutBand == 0) {
      return List.of();
    }
    List<String> bands = bank.ageBands().stream().filter(b -> !b.isUnknown()).map(AgeBand::label).toList();
    return List.of(Diagnostic.warning((String) null, 0, null, (agesWithoutBand == 1 ? "1 participant row gives an"
        + " age" : agesWithoutBand + " participant rows give ages") + " that no age band of bank " + bank.id()
        + " covers (e.g. " + firstAgeWithoutBand + "; its bands: " + String.join(", ", bands) + "), so "
        + (agesWithoutBand == 1 ? "it is" : "they are") + " valued at the bank's figure for an unknown age; check"
        + " the ages, or use a bank whose bands cover them"));
  }

  List<Diagnostic> repeated() {
    List<Diagnostic> summaries = new ArrayList<>();
    for (Repeats r : repeats.values()) {
      if (r.more > 0) {
        boolean one = r.more == 1;
        summaries.add(Diagnostic.error(r.firstMore, "activity_id", "… and " + r.more + " more "
            + (one ? r.rows.substring(0, r.rows.length() - 1) : r.rows) + " of activity " + Texts.quote(r.id)
            + (one ? r.why.replace("they cannot", "it cannot") : r.why)));
      }
    }
    return summaries;
  }

  /** Rows naming one invalid or missing activity after the first: how many, and where the next began. */
  private static final class Repeats {
    final String id;
    final String rows;
    final String why;
    long more;
    RowRef firstMore;

    Repeats(String id, String rows, String why) {
      this.id = id;
      this.rows = rows;
      this.why = why;
    }
  }

  Diagnostic unknownOutcome(RowRef ref, String raw) {
    return Diagnostic.error(ref, "outcome", "outcome " + Texts.quote(raw) + " is not in bank " + bank.id()
        + NearestMatch.hint(raw, bank.outcomeIds())).withAdvice(Advice.LIST_THE_BANK);
  }

  private Diagnostic unknownBand(RowRef ref, String raw) {
    return Diagnostic.error(ref, "age_band", "age band " + Texts.quote(raw) + " is not one of "
        + bank.ageBands().stream().map(b -> "'" + b.label() + "'").toList()
        + NearestMatch.hint(raw, bank.ageBandNames()));
  }

  static Diagnostic unknownRegion(ValueBank bank, RowRef ref, String raw) {
    return Diagnostic.error(ref, "region", "region " + Texts.quote(raw) + " is not a region of bank " + bank.id()
        + "; expected one of " + regionChoices(bank) + NearestMatch.hint(raw, bank.regionNames()));
  }

  private static String regionChoices(ValueBank bank) {
    return bank.regions().stream().map(r -> "'" + r.label() + "'").toList().toString();
  }
}

package org.impactkit.cli.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.impactkit.cli.differential.BankModel.OutcomeModel;
import org.impactkit.cli.differential.BankModel.RegionModel;
import org.impactkit.cli.differential.EvaluationModel.ActivityModel;
import org.impactkit.cli.differential.EvaluationModel.CountModel;
import org.impactkit.cli.differential.EvaluationModel.RowModel;

/**
 * Makes a random but valid evaluation (bank, activities, participants, counts, options) from a seed. Only
 * meaning is decided here; {@link FolderWriter} adds the formatting noise. All values are fake.
 */
final class FolderGenerator {
  private static final String[][] OUTCOMES = {
      {"employment", "Moved into employment"},
      {"volunteering", "Regular volunteering"},
      {"confidence", "Improved confidence"},
      {"housing", "Secure housing"},
      {"training", "Vocational training"},
      {"fitness", "Regular exercise"},
      {"debt-relief", "Relief from debt"},
      {"social-club", "Attends a social club"},
  };
  private static final String[] POLICIES = {"lowest", "highest", "first"};
  private static final int[] BOUNDARY_AGES = {0, 17, 24, 25, 26, 29, 30, 48, 49, 50, 51, 59, 60, 90, 120};

  private final Random r;

  private FolderGenerator(long seed) {
    this.r = random(seed, 0);
  }

  /** A Random for a seed and a stream; mixed, as java.util.Random's first draws from nearby seeds correlate. */
  static Random random(long seed, int stream) {
    return new Random(new SplittableRandom(seed * 2 + stream).nextLong());
  }

  static EvaluationModel generate(long seed) {
    return new FolderGenerator(seed).evaluation(seed);
  }

  private EvaluationModel evaluation(long seed) {
    BankModel bank = bank();
    LocalDate from = null;
    LocalDate to = null;
    if (r.nextInt(4) != 0) {
      from = LocalDate.of(2019 + r.nextInt(4), 4, 1);
      to = from.plusYears(1).minusDays(1);
    }
    // With one region (the default `uk`), rows and activities may leave the region out altogether.
    String defaultRegion = bank.regions().size() > 1 && r.nextBoolean() ? pick(bank.regions()).id() : null;
    // Run every policy across seeds; sometimes leave the option out so the default (lowest) is used.
    String policy = POLICIES[(int) Math.floorMod(seed, 3L)];
    if (policy.equals("lowest") && r.nextInt(3) == 0) {
      policy = null;
    }

    Set<String> activityColumns = columns(List.of("activity_id", "annual_budget"),
        List.of("activity_name", "region", "partner", "notes"));
    if (defaultRegion == null && bank.regions().size() > 1) {
      activityColumns = new LinkedHashSet<>(activityColumns);
      activityColumns.add("region");
    }
    List<ActivityModel> activities = new ArrayList<>();
    int nActivities = 1 + r.nextInt(5);
    for (int i = 0; i < nActivities; i++) {
      String id = r.nextBoolean() ? "ACT-" + (i + 1) : List.of("youth-club", "Walks", "food_bank", "Mentoring",
          "arts 2")
          .get(i);
      String name = activityColumns.contains("activity_name") && r.nextInt(4) != 0 ? "Activity " + id + " sessions"
          : null;
      boolean needsRegion = defaultRegion == null && bank.regions().size() > 1;
      String region = activityColumns.contains("region") && (needsRegion || r.nextBoolean())
          ? pick(bank.regions()).id() : null;
      String partner = activityColumns.contains("partner") && r.nextInt(4) != 0
          ? "Partner " + (char) ('A' + r.nextInt(3)) : null;
      activities.add(new ActivityModel(id, name, budget(), region, partner));
    }

    boolean hasCounts = r.nextInt(5) < 3;
    boolean hasParticipants = !hasCounts || r.nextInt(8) != 0;
    Set<String> participantColumns = columns(List.of("participant_id", "activity_id"),
        List.of("age", "age_band", "date_of_birth", "region", "date", "baseline", "follow_up", "gender"));
    if (r.nextInt(30) != 0) {
      participantColumns = new LinkedHashSet<>(participantColumns);
      participantColumns.add("outcome");
    }
    List<RowModel> rows = hasParticipants
        ? rows(bank, activities, participantColumns, from, to) : List.of();

    Set<String> countColumns = columns(List.of("activity_id", "outcome", "count"),
        List.of("age_band", "region", "notes"));
    List<CountModel> counts = new ArrayList<>();
    if (hasCounts) {
      int n = r.nextInt(9);
      for (int i = 0; i < n; i++) {
        String band = countColumns.contains("age_band") && r.nextInt(4) != 0 ? pick(bank.bands()).id() : null;
        String region = countColumns.contains("region") && r.nextBoolean() ? pick(bank.regions()).id() : null;
        counts.add(new CountModel(pick(activities).id(), pick(bank.outcomes()).id(), band, region, r.nextInt(16)));
      }
    }
    boolean deadweight = r.nextInt(6) != 0;

    List<String> flags = new ArrayList<>();
    Map<String, String> yaml = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      yaml.put("name", "Differential test " + seed);
    }
    if (from != null) {
      switch (r.nextInt(4)) {
        case 0 -> flags.addAll(List.of("--from", from.toString(), "--to", to.toString()));
        case 1 -> flags.addAll(
            List.of("--period", String.format("%d/%02d", from.getYear(), (from.getYear() + 1) % 100)));
        case 2 -> yaml.put("period", "{start: " + from + ", end: " + to + "}");
        default -> {
          yaml.put("period", "{start: " + from.minusYears(2) + ", end: " + to.minusYears(2) + "}");
          flags.addAll(List.of("--from", from.toString(), "--to", to.toString()));
        }
      }
    }
    if (defaultRegion != null) {
      String other = bank.regions().stream().map(RegionModel::id).filter(id -> !id.equals(defaultRegion)).findFirst()
          .orElseThrow();
      setting(flags, yaml, "--region", "region", defaultRegion, other);
    }
    if (policy != null) {
      String other = POLICIES[(List.of(POLICIES).indexOf(policy) + 1) % POLICIES.length];
      setting(flags, yaml, "--conflicts", "conflicts", policy, other);
    }
    if (!deadweight) {
      switch (r.nextInt(3)) {
        case 0 -> flags.add("--no-deadweight");
        case 1 -> yaml.put("deadweight", "off");
        default -> {
          yaml.put("deadweight", "bank");
          flags.add("--no-deadweight");
        }
      }
    } else if (r.nextInt(4) == 0) {
      yaml.put("deadweight", "bank");
    }
    return new EvaluationModel(bank, activities, activityColumns, hasParticipants, participantColumns, rows,
        hasCounts, countColumns, counts, from, to, defaultRegion, policy, deadweight, flags, yaml);
  }

  /** A setting by flag, in evaluation.yaml, or both with another value in the file that the flag overrides. */
  private void setting(List<String> flags, Map<String, String> yaml, String flag, String key, String value,
      String decoy) {
    switch (r.nextInt(3)) {
      case 0 -> flags.addAll(List.of(flag, value));
      case 1 -> yaml.put(key, value);
      default -> {
        yaml.put(key, decoy);
        flags.addAll(List.of(flag, value));
      }
    }
  }

  private BankModel bank() {
    // ageBands absent (the defaults), the defaults written out, or other bands with other boundaries
    int bandChoice = r.nextInt(4);
    boolean explicitBands = bandChoice > 0;
    List<BankModel.BandModel> bands = bandChoice == 3 ? BankModel.CUSTOM_BANDS : BankModel.DEFAULT_BANDS;
    // Mostly two regions; sometimes none declared, which gives the single region `uk` (§3.1).
    boolean regionsDeclared = r.nextInt(8) != 0;
    List<RegionModel> regions = regionsDeclared
        ? List.of(
            new RegionModel("north", "The North", List.of("Northern England", "North of England")),
            new RegionModel("south-east", "South East", List.of("SE England")))
        : List.of(new RegionModel("uk", null, List.of()));
    Map<String, BigDecimal> categories = new LinkedHashMap<>();
    categories.put("work", new BigDecimal("0.23"));
    categories.put("social", new BigDecimal("0.175"));
    categories.put("health", new BigDecimal("0.0833"));

    List<String[]> chosen = new ArrayList<>(List.of(OUTCOMES));
    Collections.shuffle(chosen, r);
    int n = 4 + r.nextInt(4);
    List<OutcomeModel> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] o = chosen.get(i);
      BigDecimal deadweight = null;
      String category = null;
      if (i == 0) {
        // one outcome with no deadweight at all (0, with a warning)
      } else if (i % 2 == 1) {
        // 0.5 with odd pence gives exact half pennies: rounding must be half-up (§7.1), not half-even
        deadweight = List.of(new BigDecimal("0.1"), new BigDecimal("0.137"), new BigDecimal("0.3333"),
            new BigDecimal("0.05"), new BigDecimal("0.5")).get(r.nextInt(5));
        if (r.nextInt(4) == 0) {
          category = "work"; // own deadweight wins over the category
        }
      } else {
        category = List.of("work", "social", "health").get(r.nextInt(3));
      }
      BigDecimal value = null;
      Map<String, Map<String, BigDecimal>> values = null;
      if (r.nextInt(6) == 0) {
        value = money(100, 20_000);
      } else {
        values = new LinkedHashMap<>();
        Set<BigDecimal> used = new HashSet<>();
        for (RegionModel region : regions) {
          Map<String, BigDecimal> byBand = new LinkedHashMap<>();
          for (BankModel.BandModel b : bands) {
            BigDecimal v;
            do {
              v = money(100, 20_000);
            } while (!used.add(v));
            byBand.put(b.id(), v);
          }
          values.put(region.id(), byBand);
        }
      }
      outcomes.add(new OutcomeModel(o[0], o[1], r.nextBoolean(), deadweight, category, value, values));
    }

    List<List<String>> conflicts = new ArrayList<>();
    int pairs = 1 + r.nextInt(3);
    while (conflicts.size() < pairs) {
      String a = pick(outcomes).id();
      String b = pick(outcomes).id();
      if (!a.equals(b) && conflicts.stream().noneMatch(p -> p.contains(a) && p.contains(b))) {
        conflicts.add(List.of(a, b));
      }
    }
    if (r.nextInt(3) == 0) {
      // A twin: same figures and deadweight as the first outcome of a conflict pair, so values tie and the
      // tie-break by outcome id decides (§5.1 step 4).
      OutcomeModel twinOf = outcomes.get(outcomes.indexOf(outcomeById(outcomes, conflicts.get(0).get(0))));
      String[] o = chosen.get(n);
      outcomes.add(new OutcomeModel(o[0], o[1], twinOf.requiresSurvey(), twinOf.deadweight(),
          twinOf.deadweightCategory(), twinOf.value(), twinOf.values()));
      conflicts.add(List.of(o[0], twinOf.id()));
    }
    return new BankModel(explicitBands, bands, regionsDeclared, regions, categories, outcomes, conflicts);
  }

  private static OutcomeModel outcomeById(List<OutcomeModel> outcomes, String id) {
    return outcomes.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private List<RowModel> rows(BankModel bank, List<ActivityModel> activities, Set<String> cols, LocalDate from,
      LocalDate to) {
    List<String> conflicted = bank.conflicts().stream().flatMap(List::stream).distinct().toList();
    List<RowModel> rows = new ArrayList<>();
    int people = 3 + r.nextInt(30);
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      String id = String.format("P-%03d", p + 1);
      if (p > 0 && r.nextInt(15) == 0) {
        id = ids.get(r.nextInt(ids.size())).toLowerCase(Locale.ROOT); // exact matching: a different id
      }
      ids.add(id);
    }
    ids = new ArrayList<>(new LinkedHashSet<>(ids));
    for (String id : ids) {
      ActivityModel home = pick(activities);
      int n = 1 + r.nextInt(4);
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ActivityModel activity = r.nextInt(5) == 0 ? pick(activities) : home;
        String outcome = null;
        if (cols.contains("outcome") && r.nextInt(5) != 0) {
          if (!mine.isEmpty() && r.nextInt(8) == 0) {
            outcome = pick(mine); // a duplicate (participant, outcome)
          } else if (r.nextBoolean()) {
            outcome = pick(conflicted); // likely to conflict with another of this person's outcomes
          } else {
            outcome = pick(bank.outcomes()).id();
          }
          mine.add(outcome);
        }
        LocalDate date = null;
        if (cols.contains("date") && r.nextInt(10) < 7) {
          date = date(from, to);
        }
        String band = null;
        Integer age = null;
        LocalDate dob = null;
        if (cols.contains("age_band") && r.nextBoolean()) {
          band = pick(bank.bands()).id();
        }
        if (cols.contains("age")) {
          if (band == null && r.nextInt(10) < 6) {
            age = age();
          } else if (band != null && !band.equals(BankModel.UNKNOWN) && r.nextBoolean()) {
            // both given: they must agree (§4.4), so pick an age inside the band
            do {
              age = age();
            } while (!bank.bandOfAge(age).equals(band));
          }
        }
        LocalDate at = date != null ? date : from;
        if (cols.contains("date_of_birth") && at != null && r.nextBoolean()) {
          do {
            dob = at.minusYears(age()).minusDays(r.nextInt(365));
          } while (dob.getMonthValue() == 2 && dob.getDayOfMonth() == 29 || dob.isAfter(at));
          if (r.nextInt(6) == 0) {
            dob = at.minusYears(1 + r.nextInt(100)); // birthday on the day: the age is exact
          }
        }
        String region = cols.contains("region") && r.nextInt(3) == 0 ? pick(bank.regions()).id() : null;
        Boolean baseline = cols.contains("baseline") ? bool(65, 20) : null;
        Boolean followUp = cols.contains("follow_up") ? bool(50, 35) : null;
        String gender = cols.contains("gender") && r.nextBoolean() ? pick(List.of("Female", "Male", "Other")) : null;
        rows.add(new RowModel(id, activity.id(), outcome, age, band, dob, region, date, baseline, followUp, gender));
      }
    }
    Collections.shuffle(rows, r); // input order matters for `first` and duplicates
    return rows;
  }

  /** A date: when there is a period, mostly inside, sometimes on its edges or just outside. */
  private LocalDate date(LocalDate from, LocalDate to) {
    LocalDate base = from != null ? from : LocalDate.of(2020, 4, 1);
    int k = r.nextInt(20);
    if (from != null && k == 0) {
      return from;
    }
    if (from != null && k == 1) {
      return to;
    }
    if (from != null && k == 2) {
      return from.minusDays(1);
    }
    if (from != null && k == 3) {
      return to.plusDays(1);
    }
    if (k < 6) {
      return base.minusDays(1 + r.nextInt(400));
    }
    if (k < 8) {
      return base.plusDays(366 + r.nextInt(400));
    }
    return base.plusDays(r.nextInt(365));
  }

  private int age() {
    return r.nextInt(3) == 0 ? BOUNDARY_AGES[r.nextInt(BOUNDARY_AGES.length)] : r.nextInt(101);
  }

  private Boolean bool(int blankPercent, int truePercent) {
    int k = r.nextInt(100);
    return k < blankPercent ? null : k < blankPercent + truePercent;
  }

  /** Budgets: mostly thousands with pence, sometimes round, sometimes 0. */
  private BigDecimal budget() {
    int k = r.nextInt(20);
    if (k == 0) {
      return BigDecimal.ZERO;
    }
    if (k < 5) {
      return BigDecimal.valueOf(500L * (1 + r.nextInt(100)));
    }
    return BigDecimal.valueOf(r.nextInt(5_000_000) + 100, 2);
  }

  /** A fake bank figure: a multiple of 25 pounds plus some pence, in [lo, hi). */
  private BigDecimal money(int lo, int hi) {
    int pounds = lo + 25 * r.nextInt((hi - lo) / 25);
    int pence = List.of(0, 0, 1, 25, 33, 50, 67, 99).get(r.nextInt(8));
    return BigDecimal.valueOf(pounds * 100L + pence, 2);
  }

  private Set<String> columns(List<String> required, List<String> optional) {
    Set<String> cols = new LinkedHashSet<>(required);
    for (String c : optional) {
      if (r.nextInt(10) < 7) {
        cols.add(c);
      }
    }
    return cols;
  }

  private <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}

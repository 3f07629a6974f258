package org.impactkit.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.Diagnostic;
import org.impactkit.model.Diagnostics;
import org.impactkit.model.NearestMatch;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.model.Texts;
import org.impactkit.valuation.CalculationResult.ActivityFigures;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.CalculationLine;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.CalculationResult.PartnerFigures;
import org.impactkit.valuation.CalculationResult.RegionFigures;
import org.impactkit.valuation.CalculationResult.Totals;

/**
 * The wellbeing valuation engine (SPEC §5): turns rows into claims, values them and totals them.
 *
 * <p>Streaming: feed rows one at a time ({@link #participant}, {@link #count}), then call {@link
 * #finish()}. Memory grows with distinct participants and calculation cells, not with rows: claims
 * for outcomes that conflict with nothing are counted at once; only claims that may conflict wait,
 * per participant, until the end.
 */
public final class Calculator implements RecordSink {
  private static final String DIM_BAND = "age band";
  private static final String DIM_ACTIVITY = "activity";
  private static final String DIM_PARTNER = "partner";
  /** The most distinct spellings remembered, so a hostile file cannot grow the memo without bound. */
  private static final int MEMO_LIMIT = 1 << 12;
  private static final int RECENT_EXTRAS = 1 << 8;
  /**
   * A participant tag (no headcount of its own) saying that the participant's bands and activities are
   * tags of their own rather than implied by their activity × band cells.
   */
  private static final int BANDS_TAGGED = -1;

  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Diagnostics diagnostics;
  private final UnitValues unitValues;

  private final List<Activity> activities = new ArrayList<>();
  private final Map<String, Integer> activityIndex = new HashMap<>();
  private final List<Region> activityRegion = new ArrayList<>();
  private final List<String> partners = new ArrayList<>();
  private final List<Integer> activityPartner = new ArrayList<>();
  private final Map<String, Integer> outcomeIndex = new HashMap<>();
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final Map<String, Integer> bandIndex = new HashMap<>();
  private final Region defaultRegion;
  private final int outcomes;
  private final int regions;
  private final int bands;

  private final ParticipantTable people = new ParticipantTable();
  private final List<SourceFile> files = new ArrayList<>();
  private final Map<SourceFile, Integer> fileIds = new IdentityHashMap<>();
  private SourceFile lastFile;
  private int lastFileId;
  /** The band of each whole age a row may give (0–120), looked up instead of searched per row. */
  private final AgeBand[] bandByAge = new AgeBand[121];
  private BigDecimal[] unitSocialCache;
  private final CellCounts cells;
  private final long[][] recordClaims;
  private final long[] notClaimed = new long[NotClaimedReason.values().length];
  /** File and outcome pairs (file number × outcomes + outcome) already warned about missing survey evidence. */
  private final BitSet surveyWarned = new BitSet();
  /** Outcomes as written in rows, resolved once each (most files repeat a handful of spellings). */
  private final Map<String, Integer> outcomeByText = new HashMap<>();
  /** Whether each outcome (by number) has a conflicting outcome in the bank. */
  private final boolean[] conflicted;
  /** Extra-column dimensions by normalised header: index into {@link #dimensionValues}; partner is index 0. */
  private final Map<String, Integer> dimensionIndex = new LinkedHashMap<>();
  private final List<String> dimensionNames = new ArrayList<>();
  private final List<Map<String, Integer>> dimensionValues = new ArrayList<>();
  private final List<String[]> extraTags = new ArrayList<>();
  private final String[] recentExtra = new String[RECENT_EXTRAS];
  private final int[] recentExtraDimension = new int[RECENT_EXTRAS];
  private final int[] recentExtraTag = new int[RECENT_EXTRAS];
  /** How many participants have each headcount tag. */
  private long[] tagCounts = new long[64];
  private int[] tagScratch = new int[16];
  private final Map<SourceFile, int[]> dimensionsByFile = new IdentityHashMap<>();
  private final Map<String, RowRef> invalidActivities = new HashMap<>();
  private boolean activitiesUnreadable;
  private long sequence;
  /** The row being valued's problems: one list, emptied for each row (rejected() copies them out). */
  private final List<Diagnostic> rowProblems = new ArrayList<>();

  /**
   * @param bank the value bank
   * @param settings the evaluation's settings
   * @param activities the activities, in input order; problems with them are reported to {@code
   *     diagnostics}
   * @param diagnostics where problems and warnings go (shared with the readers)
   */
  public Calculator(ValueBank bank, ValuationSettings settings, List<Activity> activities, Diagnostics diagnostics) {
    this.bank = bank;
    this.settings = settings;
    this.diagnostics = diagnostics;
    this.unitValues = new UnitValues(bank, settings);
    this.outcomes = bank.outcomes().size();
    this.regions = bank.regions().size();
    this.bands = bank.ageBands().size();
    this.conflicted = new boolean[outcomes];
    for (int i = 0; i < outcomes; i++) {
      outcomeIndex.put(bank.outcomes().get(i).id(), i);
      conflicted[i] = bank.hasConflicts(bank.outcomes().get(i).id());
    }
    for (int i = 0; i < regions; i++) {
      regionIndex.put(bank.regions().get(i).id(), i);
    }
    for (int i = 0; i < bands; i++) {
      bandIndex.put(bank.ageBands().get(i).id(), i);
    }
    this.recordClaims = new long[outcomes][bands];
    for (int age = 0; age < bandByAge.length; age++) {
      bandByAge[age] = bank.bandForAge(age);
    }
    this.defaultRegion = resolveDefaultRegion();
    checkAdjustments();
    activities.forEach(this::addActivity);
    this.cells = new CellCounts((long) this.activities.size() * outcomes * regions * bands);
    dimension(DIM_PARTNER, DIM_PARTNER);
  }

  private Region resolveDefaultRegion() {
    String raw = settings.defaultRegion();
    if (raw == null) {
      return bank.regions().size() == 1 ? bank.regions().get(0) : null;
    }
    Region r = bank.region(raw).orElse(null);
    if (r == null) {
      diagnostics.fatal(Diagnostic.error(null, 0, null, "default region " + Texts.quote(raw) + " is not a region of bank "
          + bank.id() + "; expected one of " + regionChoices() + NearestMatch.hint(raw, bank.regionNames())));
    }
    return r;
  }

  private void checkAdjustments() {
    for (String outcomeId : settings.adjustments().keySet()) {
      if (bank.outcome(outcomeId).isEmpty()) {
        diagnostics.fatal(Diagnostic.error(null, 0, null, "adjustments name outcome " + Texts.quote(outcomeId)
            + ", which is not in bank " + bank.id() + NearestMatch.hint(outcomeId, bank.outcomeIds())));
      }
    }
  }

  private void addActivity(Activity a) {
    Integer previous = activityIndex.get(a.id());
    if (previous != null) {
      rejected(a.ref(), List.of(a.ref().error("activity_id", "activity id " + Texts.quote(a.id())
          + " is already used on line " + activities.get(previous).ref().line() + "; activity ids must be unique")));
      return;
    }
    Region region = null;
    if (a.region() != null) {
      region = bank.region(a.region()).orElse(null);
      if (region == null) {
        rejected(a.ref(), List.of(unknownRegion(a.ref(), a.region())));
        invalidActivities.putIfAbsent(a.id(), a.ref());
        return;
      }
    }
    // Rows refer to the activity by its id as written; reports show it, its name and partner inert.
    activityIndex.put(a.id(), activities.size());
    Activity shown = inert(a);
    activities.add(shown);
    activityRegion.add(region);
    int partner = -1;
    if (shown.partner() != null) {
      partner = partners.indexOf(shown.partner());
      if (partner < 0) {
        partner = partners.size();
        partners.add(shown.partner());
      }
    }
    activityPartner.add(partner);
  }

  /** The activity with the text reports show made {@linkplain Texts#inert inert}. */
  private static Activity inert(Activity a) {
    String id = Texts.inert(a.id());
    String name = Texts.inert(a.name());
    String partner = Texts.inert(a.partner());
    return id == a.id() && name == a.name() && partner == a.partner() ? a
        : new Activity(id, name, a.budget(), a.region(), partner, a.ref());
  }

  /**
   * Notes an activity whose row was invalid and left out, so rows that refer to it say so rather than
   * call it unknown. Call before feeding rows.
   *
   * @param id the activity id as written
   * @param ref the activity's row
   */
  public void invalidActivity(String id, RowRef ref) {
    if (!activityIndex.containsKey(id)) {
      invalidActivities.putIfAbsent(id, ref);
    }
  }

  /**
   * Notes that the activities could not be read at all (a whole-file problem already reported), so
   * rows are not also reported one by one as referring to unknown activities.
   */
  public void activitiesUnreadable() {
    activitiesUnreadable = true;
  }

  // ---------------------------------------------------------------- rows

  @Override
  public void participant(ParticipantRecord r) {
    RowRef ref = r.ref();
    List<Diagnostic> problems = rowProblems;
    problems.clear();
    Integer activity = activityIndex.get(r.activityId());
    if (activity == null) {
      unknownActivity(ref, r.activityId(), problems);
    }
    AgeBand band = band(r, problems);
    Outcome outcome = null;
    int o = -1;
    if (r.outcome() != null) {
      o = outcomeNumber(r.outcome());
      if (o < 0) {
        problems.add(unknownOutcome(ref, "outcome", r.outcome()));
      } else {
        outcome = bank.outcomes().get(o);
      }
    }
    Region region = null;
    if (activity != null) {
      region = region(r.region(), activity, ref, r.outcome() != null, problems);
    }
    // A null region with no problem means the default region was invalid, reported once already.
    if (!problems.isEmpty() || activity == null || (outcome != null && region == null)) {
      rejected(ref, problems);
      return;
    }
    int p = people.indexOf(r.participantId());
    int b = bandIndex.get(band.id());
    tagHeadcounts(p, r, activity, b);
    if (outcome == null) {
      return;
    }
    long seq = sequence++;
    if (settings.period() != null && r.date() != null && !settings.period().contains(r.date())) {
      notClaimed[NotClaimedReason.OUTSIDE_PERIOD.ordinal()]++;
      return;
    }
    if (Boolean.TRUE.equals(r.baseline())) {
      notClaimed[NotClaimedReason.ACHIEVED_AT_BASELINE.ordinal()]++;
      return;
    }
    if (Boolean.FALSE.equals(r.followUp())) {
      notClaimed[NotClaimedReason.NOT_ACHIEVED_AT_FOLLOW_UP.ordinal()]++;
      return;
    }
    if (outcome.requiresSurvey() && !ref.file().has("baseline") && !ref.file().has("follow_up")
        && firstSurveyWarning(fileId(ref.file()) * outcomes + o)) {
      diagnostics.add(Diagnostic.warning(ref.file().name(), 0, null, "outcome '" + outcome.id()
          + "' needs survey evidence, but the file has no baseline or follow_up column; claims stand unverified"));
    }
    if (!people.claimOutcome(p, o)) {
      notClaimed[NotClaimedReason.DUPLICATE.ordinal()]++;
      return;
    }
    int reg = regionIndex.get(region.id());
    if (conflicted[o]) {
      people.addPending(p, seq, activity, o, reg, b, fileId(ref.file()), ref.line());
    } else {
      addClaims(activity, o, reg, b, 1, true);
    }
  }

  private boolean firstSurveyWarning(int fileAndOutcome) {
    if (surveyWarned.get(fileAndOutcome)) {
      return false;
    }
    surveyWarned.set(fileAndOutcome);
    return true;
  }

  /** The number of the bank outcome a row names, or -1 when the bank has none by that id or name. */
  private int outcomeNumber(String text) {
    Integer o = outcomeByText.get(text);
    if (o == null) {
      o = bank.outcome(text).map(found -> outcomeIndex.get(found.id())).orElse(-1);
      if (outcomeByText.size() < MEMO_LIMIT) {
        outcomeByText.put(text, o);
      }
    }
    return o;
  }

  @Override
  public void count(CountRecord c) {
    RowRef ref = c.ref();
    List<Diagnostic> problems = rowProblems;
    problems.clear();
    Integer activity = activityIndex.get(c.activityId());
    if (activity == null) {
      unknownActivity(ref, c.activityId(), problems);
    }
    Outcome outcome = bank.outcome(c.outcome()).orElse(null);
    if (outcome == null) {
      problems.add(unknownOutcome(ref, "outcome", c.outcome()));
    }
    AgeBand band = AgeBand.UNKNOWN;
    if (c.ageBand() != null) {
      band = bank.ageBand(c.ageBand()).orElse(null);
      if (band == null) {
        problems.add(unknownBand(ref, c.ageBand()));
      }
    }
    Region region = activity == null ? null : region(c.region(), activity, ref, true, problems);
    if (!problems.isEmpty() || activity == null || region == null) {
      rejected(ref, problems);
      return;
    }
    addClaims(activity, outcomeIndex.get(outcome.id()), regionIndex.get(region.id()), bandIndex.get(band.id()),
        c.count(), false);
  }

  @Override
  public void rejected(RowRef row, List<Diagnostic> problems) {
    diagnostics.addAll(problems);
    notClaimed[NotClaimedReason.INVALID_ROW.ordinal()]++;
  }

  private void addClaims(int activity, int outcome, int region, int band, long n, boolean fromRecords) {
    cells.add((((long) activity * outcomes + outcome) * regions + region) * bands + band, n);
    if (fromRecords) {
      recordClaims[outcome][band] += n;
    }
  }

  private AgeBand band(ParticipantRecord r, List<Diagnostic> problems) {
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
    if (byLabel != null && byAge != null && !byLabel.isUnknown() && byLabel != byAge) {
      problems.add(ref.error("age", "age " + r.age() + " is in band '" + byAge.label() + "', but the row's "
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
            "ages cannot be worked out from dates of birth without a date column or an evaluation period;"
                + " those rows are in the unknown age band"));
        return AgeBand.UNKNOWN;
      }
      int age = Period.between(r.dateOfBirth(), at).getYears();
      if (r.dateOfBirth().isAfter(at) || age > 120) {
        problems.add(ref.error("date_of_birth", "date of birth " + r.dateOfBirth() + " gives an age of "
            + (r.dateOfBirth().isAfter(at) ? "less than 0" : String.valueOf(age)) + " on " + at
            + "; expected an age from 0 to 120"));
        return AgeBand.UNKNOWN;
      }
      return bandForAge(age);
    }
    return AgeBand.UNKNOWN;
  }

  private AgeBand bandForAge(int age) {
    return age >= 0 && age < bandByAge.length ? bandByAge[age] : bank.bandForAge(age);
  }

  private Region region(String raw, int activity, RowRef ref, boolean required, List<Diagnostic> problems) {
    if (raw != null) {
      Region r = bank.region(raw).orElse(null);
      if (r == null) {
        problems.add(unknownRegion(ref, raw));
      }
      return r;
    }
    Region r = activityRegion.get(activity);
    if (r == null) {
      r = defaultRegion;
    }
    // When the default region itself is invalid, that one error says it all.
    if (r == null && required && settings.defaultRegion() == null) {
      problems.add(ref.error("region", "no region for this row: bank " + bank.id() + " values outcomes by region "
          + regionChoices() + "; give the row or activity '" + activities.get(activity).id()
          + "' a region, or set a default region (--region or 'region:' in evaluation.yaml)"));
    }
    return r;
  }

  private void unknownActivity(RowRef ref, String id, List<Diagnostic> problems) {
    RowRef invalid = invalidActivities.get(id);
    if (invalid != null) {
      problems.add(ref.error("activity_id", "activity " + Texts.quote(id) + " is itself invalid (see "
          + invalid.file().name() + " line " + invalid.line() + "), so this row cannot be valued"));
    } else if (!activitiesUnreadable) {
      problems.add(ref.error("activity_id", "activity " + Texts.quote(id) + " is not in the activities file"
          + NearestMatch.hint(id, activityIndex.keySet())));
    }
  }

  private Diagnostic unknownOutcome(RowRef ref, String field, String raw) {
    return ref.error(field, "outcome " + Texts.quote(raw) + " is not in bank " + bank.id()
        + NearestMatch.hint(raw, bank.outcomeIds()) + " (see 'impact bank list')");
  }

  private Diagnostic unknownBand(RowRef ref, String raw) {
    return ref.error("age_band", "age band " + Texts.quote(raw) + " is not one of "
        + bank.ageBands().stream().map(b -> "'" + b.label() + "'").toList()
        + NearestMatch.hint(raw, bank.ageBandNames()));
  }

  private Diagnostic unknownRegion(RowRef ref, String raw) {
    return ref.error("region", "region " + Texts.quote(raw) + " is not a region of bank " + bank.id()
        + "; expected one of " + regionChoices() + NearestMatch.hint(raw, bank.regionNames()));
  }

  private String regionChoices() {
    return bank.regions().stream().map(r -> "'" + r.label() + "'").toList().toString();
  }

  // ---------------------------------------------------------------- headcounts

  private int fileId(SourceFile file) {
    if (file != lastFile) { // rows come file by file
      Integer id = fileIds.get(file);
      if (id == null) {
        id = files.size();
        files.add(file);
        fileIds.put(file, id);
      }
      lastFile = file;
      lastFileId = id;
    }
    return lastFileId;
  }

  /**
   * Tags the participant with the headcount cells this row puts them in (activity × band, and a group
   * per breakdown column), counting each tag the first time a participant gets it, so the headcounts
   * are ready when the last row is in. Band and activity are implied by the activity × band cell (fewer
   * tags per participant keeps them in its block): a new cell counts the participant in its band and
   * activity unless another of their cells already did.
   */
  private void tagHeadcounts(int p, ParticipantRecord r, int activity, int b) {
    int cellBase = bands + activities.size();
    int cell = cellBase + activity * bands + b;
    if (people.tag(p, cell)) {
      count(cell);
      boolean newBand = true;
      boolean newActivity = true;
      if (people.manyTags(p)) {
        // Scanning all of a participant's tags for each new cell would cost the square of their number
        // (thousands with as many breakdown values): such a participant gets their bands and
        // activities as tags of their own, added once from the cells they have.
        if (people.tag(p, BANDS_TAGGED)) {
          tagScratch = people.tags(p, tagScratch);
          for (int i = 0, n = people.lastTagCount(); i < n; i++) {
            int t = tagScratch[i];
            if (t != cell && t >= cellBase && t < fixedTags()) {
              people.tag(p, (t - cellBase) % bands);
              people.tag(p, bands + (t - cellBase) / bands);
            }
          }
        }
        newBand = people.tag(p, b);
        newActivity = people.tag(p, bands + activity);
      } else {
        tagScratch = people.tags(p, tagScratch);
        for (int i = 0, n = people.lastTagCount(); i < n; i++) {
          int t = tagScratch[i];
          if (t != cell && t >= cellBase && t < fixedTags()) {
            newBand &= (t - cellBase) % bands != b;
            newActivity &= (t - cellBase) / bands != activity;
          }
        }
      }
      if (newBand) {
        count(b);
      }
      if (newActivity) {
        count(bands + activity);
      }
    }
    List<String> extras = r.extras();
    int[] dims = dimensions(r.ref().file());
    String partner = null;
    for (int i = 0; i < extras.size() && i < dims.length; i++) {
      if (dims[i] == 0) {
        partner = Texts.blankToNull(extras.get(i));
      } else {
        tag(p, extraTagAsRead(dims[i], extras.get(i)));
      }
    }
    if (partner == null && activityPartner.get(activity) >= 0) {
      partner = partners.get(activityPartner.get(activity));
    }
    if (partner != null) {
      tag(p, extraTag(0, partner));
    }
  }

  private void tag(int p, int tag) {
    if (people.tag(p, tag)) {
      count(tag);
    }
  }

  private void count(int tag) {
    if (tag >= tagCounts.length) {
      tagCounts = Arrays.copyOf(tagCounts, Math.max(tag + 1, tagCounts.length * 2));
    }
    tagCounts[tag]++;
  }

  /** The dimension of each extra column of a file, worked out once per file. */
  private int[] dimensions(SourceFile file) {
    int[] dims = dimensionsByFile.get(file);
    if (dims == null) {
      List<String> columns = file.extraColumns();
      dims = new int[columns.size()];
      for (int i = 0; i < dims.length; i++) {
        String column = columns.get(i).strip();
        dims[i] = dimension(Texts.key(column).replace('_', ' ').replace('-', ' '), column);
      }
      dimensionsByFile.put(file, dims);
    }
    return dims;
  }

  private int dimension(String key, String name) {
    Integer d = dimensionIndex.get(key);
    if (d == null) {
      d = dimensionNames.size();
      dimensionIndex.put(key, d);
      dimensionNames.add(Texts.inert(name));
      dimensionValues.add(new HashMap<>());
    }
    return d;
  }

  /**
   * The tag of a breakdown value as the row has it. Values repeat (and the CSV reader shares each
   * column's repeated values as one string), so the last value seen in each of a few slots skips the
   * blank check, the stripping and the map lookup.
   */
  private int extraTagAsRead(int dimension, String raw) {
    int slot = (raw.hashCode() * 31 + dimension) & (RECENT_EXTRAS - 1);
    if (recentExtraDimension[slot] == dimension && raw.equals(recentExtra[slot])) {
      return recentExtraTag[slot];
    }
    int tag = extraTag(dimension, raw.isBlank() ? "(blank)" : raw.strip());
    recentExtra[slot] = raw;
    recentExtraDimension[slot] = dimension;
    recentExtraTag[slot] = tag;
    return tag;
  }

  /**
   * The tag of a breakdown value. Reports show the value {@linkplain Texts#inert inert}; spellings that
   * differ only in characters shown as {@code ?} are one value.
   */
  private int extraTag(int dimension, String value) {
    Map<String, Integer> values = dimensionValues.get(dimension);
    Integer id = values.get(value);
    if (id == null) {
      String shown = Texts.inert(value);
      id = values.get(shown);
      if (id == null) {
        id = fixedTags() + extraTags.size();
        values.put(shown, id);
        extraTags.add(new String[] {String.valueOf(dimension), shown});
      }
      values.put(value, id);
    }
    return id;
  }

  private int fixedTags() {
    return bands + activities.size() * (1 + bands);
  }

  // ---------------------------------------------------------------- finish

  /**
   * Resolves conflicts, values every claim and totals them.
   *
   * @throws org.impactkit.model.InvalidInputException when any input was invalid (with every
   *     problem), unless invalid rows are skipped and none of the problems concerned a whole file
   */
  public CalculationResult finish() {
    resolveConflicts();
    diagnostics.throwIfErrors(settings.skipInvalid());
    return new Totaller().result();
  }

  private void resolveConflicts() {
    Comparator<Integer> order = switch (settings.conflictPolicy()) {
      case LOWEST -> Comparator.comparing(this::unitSocial).thenComparing(this::outcomeId);
      case HIGHEST -> Comparator.comparing(this::unitSocial).reversed().thenComparing(this::outcomeId);
      case FIRST, ERROR -> Comparator.comparingLong(people::sequence);
    };
    List<Integer> claims = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    people.forEachPendingGroup((cells, n) -> {
      claims.clear();
      kept.clear();
      for (int i = 0; i < n; i++) {
        claims.add(cells[i]);
      }
      claims.sort(order);
      for (int claim : claims) {
        Integer clash = null;
        for (int k : kept) {
          if (bank.conflict(outcomeId(k), outcomeId(claim))) {
            clash = k;
            break;
          }
        }
        if (clash == null) {
          kept.add(claim);
        } else if (settings.conflictPolicy() == ConflictPolicy.ERROR) {
          RowRef ref = new RowRef(files.get(people.file(claim)), people.line(claim));
          diagnostics.add(ref.error("outcome", "outcome '" + outcomeId(claim) + "' conflicts with outcome '"
              + outcomeId(clash) + "' claimed for the same participant on line " + people.line(clash)
              + "; the conflicts policy is 'error' (choose lowest, highest or first to resolve it)"));
        } else {
          notClaimed[NotClaimedReason.CONFLICT.ordinal()]++;
        }
      }
      kept.forEach(this::keepPending);
    }, this::keepPending);
  }

  private void keepPending(int cell) {
    addClaims(people.activity(cell), people.outcome(cell), people.region(cell), people.band(cell), 1, true);
  }

  private BigDecimal unitSocial(int cell) {
    if (unitSocialCache == null) {
      unitSocialCache = new BigDecimal[outcomes * regions * bands];
    }
    int o = people.outcome(cell);
    int key = (o * regions + people.region(cell)) * bands + people.band(cell);
    BigDecimal v = unitSocialCache[key];
    if (v == null) {
      v = unitValues.unitSocial(bank.outcomes().get(o), bank.regions().get(people.region(cell)),
          bank.ageBands().get(people.band(cell)));
      unitSocialCache[key] = v;
    }
    return v;
  }

  private String outcomeId(int cell) {
    return bank.outcomes().get(people.outcome(cell)).id();
  }

  /** Values the counted cells and builds every breakdown. */
  private final class Totaller {
    private final Money total = new Money();
    private final Money[] byBand = Money.array(bands);
    private final Money[] byActivity = Money.array(activities.size());
    private final Money[][] byActivityBand = new Money[activities.size()][];
    private final Money[] byOutcome = Money.array(outcomes);
    private final Money[][] byOutcomeBand = new Money[outcomes][];
    private final Money[] byRegion = Money.array(regions);
    private final Money[] byPartner = Money.array(partners.size() + 1);
    private final List<CalculationLine> lines = new ArrayList<>();
    private final long[] tagCounts;

    Totaller() {
      for (int a = 0; a < activities.size(); a++) {
        byActivityBand[a] = Money.array(bands);
      }
      for (int o = 0; o < outcomes; o++) {
        byOutcomeBand[o] = Money.array(bands);
      }
      tagCounts = Arrays.copyOf(Calculator.this.tagCounts, fixedTags() + extraTags.size());
    }

    CalculationResult result() {
      cells.forEachInKeyOrder((key, n) -> {
        int b = (int) (key % bands);
        int r = (int) (key / bands % regions);
        int o = (int) (key / bands / regions % outcomes);
        int a = (int) (key / bands / regions / outcomes);
        value(a, o, r, b, n);
      });
      BigDecimal investment = activities.stream().map(Activity::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
      Totals totals = new Totals(investment, total.gross, total.social, total.social.subtract(investment),
          CalculationResult.ratio(total.social, investment), people.size(), total.claims);
      return new CalculationResult(settings, bank, totals, bandFigures(byBand, 0), activityFigures(),
          outcomeFigures(), regionFigures(), partnerFigures(), lines, headcounts(), notClaimedCounts(),
          diagnostics.sorted());
    }

    private void value(int a, int o, int r, int b, long n) {
      Outcome outcome = bank.outcomes().get(o);
      Region region = bank.regions().get(r);
      AgeBand band = bank.ageBands().get(b);
      UnitValues.Factors factors = unitValues.factors(outcome);
      if (factors.deadweightMissing()) {
        diagnostics.add(Diagnostic.warning("outcome '" + outcome.id() + "' has no deadweight in bank " + bank.id()
            + ", so 0% was applied; set one under 'outcomes:' in evaluation.yaml, or use --no-deadweight"
            + " if a comparison group was used"));
      }
      BigDecimal unit = unitValues.gross(outcome, region, band);
      BigDecimal unitSocial = unit.multiply(factors.multiplier());
      BigDecimal count = BigDecimal.valueOf(n);
      BigDecimal gross = unit.multiply(count);
      BigDecimal social = unitSocial.multiply(count);
      lines.add(new CalculationLine(activities.get(a), outcome, region, band, n, unit, factors, unitSocial, gross,
          social));
      int partner = activityPartner.get(a);
      for (Money m : new Money[] {total, byBand[b], byActivity[a], byActivityBand[a][b], byOutcome[o],
          byOutcomeBand[o][b], byRegion[r], byPartner[partner < 0 ? partners.size() : partner]}) {
        m.add(n, gross, social);
      }
    }

    private List<BandFigures> bandFigures(Money[] money, int tagOffset) {
      List<BandFigures> list = new ArrayList<>();
      for (int b = 0; b < bands; b++) {
        long people = tagOffset < 0 ? -1 : tagCounts[tagOffset + b];
        list.add(new BandFigures(bank.ageBands().get(b), people, money[b].claims, money[b].gross, money[b].social));
      }
      return list;
    }

    private List<ActivityFigures> activityFigures() {
      List<ActivityFigures> list = new ArrayList<>();
      for (int a = 0; a < activities.size(); a++) {
        Activity activity = activities.get(a);
        Money m = byActivity[a];
        list.add(new ActivityFigures(activity, tagCounts[bands + a], m.claims, m.gross, m.social,
            CalculationResult.ratio(m.social, activity.budget()),
            bandFigures(byActivityBand[a], bands + activities.size() + a * bands)));
      }
      return list;
    }

    private List<OutcomeFigures> outcomeFigures() {
      List<OutcomeFigures> list = new ArrayList<>();
      for (int o = 0; o < outcomes; o++) {
        Money m = byOutcome[o];
        if (m.claims == 0) {
          continue;
        }
        List<BandFigures> perBand = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
          Money mb = byOutcomeBand[o][b];
          perBand.add(new BandFigures(bank.ageBands().get(b), recordClaims[o][b], mb.claims, mb.gross, mb.social));
        }
        Outcome outcome = bank.outcomes().get(o);
        list.add(new OutcomeFigures(outcome, unitValues.factors(outcome), m.claims, m.gross, m.social, perBand));
      }
      return list;
    }

    private List<RegionFigures> regionFigures() {
      List<RegionFigures> list = new ArrayList<>();
      for (int r = 0; r < regions; r++) {
        if (byRegion[r].claims > 0) {
          list.add(new RegionFigures(bank.regions().get(r), byRegion[r].claims, byRegion[r].gross, byRegion[r].social));
        }
      }
      return list;
    }

    private List<PartnerFigures> partnerFigures() {
      List<PartnerFigures> list = new ArrayList<>();
      if (partners.isEmpty()) {
        return list;
      }
      for (int i = 0; i <= partners.size(); i++) {
        String partner = i < partners.size() ? partners.get(i) : null;
        BigDecimal investment = BigDecimal.ZERO;
        boolean any = false;
        for (int a = 0; a < activities.size(); a++) {
          int ap = activityPartner.get(a);
          if (ap == i || (ap < 0 && i == partners.size())) {
            investment = investment.add(activities.get(a).budget());
            any = true;
          }
        }
        if (!any) {
          continue;
        }
        Long people = partner == null ? null : partnerHeadcount(partner);
        Money m = byPartner[i];
        list.add(new PartnerFigures(partner, investment, people == null ? 0 : people, m.claims, m.gross, m.social));
      }
      return list;
    }

    private Long partnerHeadcount(String partner) {
      Integer tag = dimensionValues.get(0).get(partner);
      return tag == null ? 0L : tagCounts[tag];
    }

    private List<Headcount> headcounts() {
      List<Headcount> list = new ArrayList<>();
      for (int b = 0; b < bands; b++) {
        AgeBand band = bank.ageBands().get(b);
        list.add(new Headcount(DIM_BAND, band.id(), band.label(), tagCounts[b]));
      }
      for (int a = 0; a < activities.size(); a++) {
        Activity activity = activities.get(a);
        list.add(new Headcount(DIM_ACTIVITY, activity.id(), activity.name(), tagCounts[bands + a]));
      }
      List<TreeMap<String, Long>> byDimension = new ArrayList<>();
      dimensionNames.forEach(d -> byDimension.add(new TreeMap<>()));
      for (int i = 0; i < extraTags.size(); i++) {
        String[] tag = extraTags.get(i);
        byDimension.get(Integer.parseInt(tag[0])).put(tag[1], tagCounts[fixedTags() + i]);
      }
      List<String> wanted = settings.breakdowns() == null ? null
          : settings.breakdowns().stream().map(s -> Texts.key(s).replace('_', ' ').replace('-', ' ')).toList();
      if (wanted != null) {
        for (int i = 0; i < wanted.size(); i++) {
          if (!dimensionIndex.containsKey(wanted.get(i))) {
            diagnostics.add(Diagnostic.warning("report breakdown '" + settings.breakdowns().get(i)
                + "' is not a column of the participant files; columns: " + dimensionNames.subList(1,
                dimensionNames.size())));
          }
        }
      }
      List<String> keys = new ArrayList<>(dimensionIndex.keySet());
      for (int d = 0; d < byDimension.size(); d++) {
        if (d > 0 && wanted != null && !wanted.contains(keys.get(d))) {
          continue;
        }
        String name = dimensionNames.get(d);
        byDimension.get(d).forEach((value, count) -> list.add(new Headcount(name, value, value, count)));
      }
      return list;
    }

    private List<NotClaimedCount> notClaimedCounts() {
      return Arrays.stream(NotClaimedReason.values()).map(r -> new NotClaimedCount(r, notClaimed[r.ordinal()])).toList();
    }
  }

  /** Claims and money accumulated for one breakdown cell. */
  private static final class Money {
    long claims;
    BigDecimal gross = BigDecimal.ZERO;
    BigDecimal social = BigDecimal.ZERO;

    static Money[] array(int n) {
      Money[] a = new Money[n];
      for (int i = 0; i < n; i++) {
        a[i] = new Money();
      }
      return a;
    }

    void add(long n, BigDecimal g, BigDecimal s) {
      claims += n;
      gross = gross.add(g);
      social = social.add(s);
    }
  }
}

package org.impactkit.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.AgeBand;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;

/**
 * Turns each row into a claim, or into the reason it is none (SPEC §5.1): resolves what the row names,
 * counts its participant in the headcounts, then applies the period, evidence and duplicate rules in
 * order. A claim whose outcome conflicts with nothing is counted at once; one that may conflict waits
 * in its participant's pending list for {@link ConflictResolver}. Counts rows become that many claims.
 */
final class RowClaims {
  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Diagnostics diagnostics;
  private final RowLookups lookups;
  private final ParticipantShards people;
  private final Headcounts headcounts;
  private final Claims claims;
  private final RecordFacts facts;
  /** Whether each outcome (by number) has a conflicting outcome in the bank. */
  private final boolean[] conflicted;
  private final List<SourceFile> files = new ArrayList<>();
  private final Map<SourceFile, Integer> fileIds = new IdentityHashMap<>();
  private SourceFile lastFile;
  private int lastFileId;
  /** Ids shared between participant files, when several are merged; else {@code null}. */
  private SharedIds sharedIds;
  /** The row being valued's problems: one list, emptied for each row (rejected() copies them out). */
  private final List<Diagnostic> rowProblems = new ArrayList<>();

  RowClaims(ValueBank bank, ValuationSettings settings, Diagnostics diagnostics, Activities activities,
      ParticipantShards people, Headcounts headcounts, Claims claims, RecordFacts facts) {
    this.bank = bank;
    this.settings = settings;
    this.diagnostics = diagnostics;
    this.lookups = new RowLookups(bank, settings, diagnostics, activities);
    this.people = people;
    this.headcounts = headcounts;
    this.claims = claims;
    this.facts = facts;
    this.conflicted = conflicted(bank);
  }

  /** Whether each of the bank's outcomes (by number) conflicts with another, so its claims must wait. */
  static boolean[] conflicted(ValueBank bank) {
    int outcomes = bank.outcomes().size();
    boolean[] conflicted = new boolean[outcomes];
    for (int i = 0; i < outcomes; i++) {
      conflicted[i] = bank.hasConflicts(bank.outcomes().get(i).id());
    }
    return conflicted;
  }

  void participant(ParticipantRecord r) {
    RowRef ref = r.ref();
    boolean outside = outsidePeriod(r.date());
    facts.participant(r.outcome() != null, r.date(), outside,
        RecordFacts.isExample(r.participantId()) || RecordFacts.isExample(r.activityId()), r.extras(), ref.file(),
        ref.line());
    List<Diagnostic> problems = rowProblems;
    problems.clear();
    boolean ageUsable = RecordChecks.participant(r, problems);
    Integer activity = r.activityId() == null ? null : lookups.activity(r.activityId(), ref, "participant rows", problems);
    AgeBand band = ageUsable ? lookups.band(r, problems) : null;
    Outcome outcome = null;
    int o = -1;
    if (r.outcome() != null) {
      o = lookups.outcomeNumber(r.outcome());
      if (o < 0) {
        problems.add(lookups.unknownOutcome(ref, r.outcome()));
      } else {
        outcome = bank.outcomes().get(o);
      }
    }
    Region region = null;
    if (activity != null) {
      region = lookups.region(r.region(), activity, ref, r.outcome() != null, problems);
    }
    // A null region with no problem means the default region was invalid, reported once already.
    if (!problems.isEmpty() || activity == null || (outcome != null && region == null)) {
      rejected(problems);
      return;
    }
    claim(r.participantId(), r.activityId(), activity, lookups.number(band), o, o < 0 ? 0 : lookups.number(region),
        outside, withoutSurvey(r), r.baseline(), r.followUp(), r.extras(), ref.file(), ref.line());
  }

  /**
   * A row a reader reduced to numbers ({@link CodedParticipant}): what {@link #participant} does with the same
   * row as a record, less the lookups the reader has made. A row with a problem only the whole row shows (an
   * age in another band than its age_band, or a claim with no region) is valued as the record it stands for,
   * so that its problem is reported as for any other.
   */
  void coded(CodedParticipant c) {
    int a = c.activity();
    int region = c.region() >= 0 ? c.region() : lookups.regionNumber(a);
    int b = c.ageBand() >= 0 ? c.ageBand() : lookups.bandNumberOfAge(c.age());
    if ((region < 0 && c.outcome() >= 0) // no region for its claim, or
        || (c.ageBand() >= 0 && c.age() >= 0 && !lookups.isUnknownBand(b) && lookups.bandNumberOfAge(c.age()) != b)) {
      participant(record(c)); // an age in another band than the row's: problems, reported as for a record
      return;
    }
    if (c.ageBand() < 0 && c.age() >= 0 && lookups.isUnknownBand(b)) {
      lookups.ageWithoutBand(c.age()); // as band(record) notes it for a record
    }
    boolean outside = outsidePeriod(c.date());
    facts.participant(c.outcome() >= 0, c.date(), outside,
        RecordFacts.isExample(c.participantId()) || lookups.isExampleActivity(a), c.extras(), c.file(), c.line());
    claim(c.participantId(), lookups.activityId(a), a, b, c.outcome(), c.outcome() < 0 ? 0 : region, outside,
        c.baseline() == null && c.followUp() == null, c.baseline(), c.followUp(), c.extras(), c.file(), c.line());
  }

  /** The record a coded row stands for. */
  private ParticipantRecord record(CodedParticipant c) {
    return new ParticipantRecord(c.participantId(), lookups.activityId(c.activity()),
        c.outcome() < 0 ? null : bank.outcomes().get(c.outcome()).id(), c.age() < 0 ? null : c.age(),
        c.ageBand() < 0 ? null : bank.ageBands().get(c.ageBand()).id(), null,
        c.region() < 0 ? null : bank.regions().get(c.region()).id(), c.date(), c.baseline(), c.followUp(), c.extras(),
        c.ref());
  }

  /** Whether a row's date lies outside the evaluation period; an undated row, or no period, never does. */
  private boolean outsidePeriod(LocalDate date) {
    return date != null && settings.period() != null && !settings.period().contains(date);
  }

  /**
   * The rules of §5.1 after a row's names are resolved: the period, then its evidence, then (its
   * participant's own) the duplicate rule and the headcounts.
   *
   * @param b the age band's number
   * @param o the outcome's number, -1 for a row of attendance
   * @param reg the region's number, for a row with an outcome
   * @param outside whether the row is dated outside the period
   * @param withoutSurvey whether the row answers neither baseline nor follow-up
   */
  private void claim(String participantId, String activityId, int activity, int b, int o, int reg, boolean outside,
      boolean withoutSurvey, Boolean baseline, Boolean followUp, List<String> extras, SourceFile file, long line) {
    if (sharedIds != null) {
      sharedIds.see(participantId, activityId, file);
    }
    if (outside) {
      // Dated outside the period: neither a claim nor engagement in it. A file of several years read for one
      // (--period) would otherwise count every year's people as this year's participants.
      if (o >= 0) {
        claims.notClaimed(NotClaimedReason.OUTSIDE_PERIOD);
      }
      return;
    }
    int[] tags = headcounts.rowTags(extras, file, activity, b);
    int claimed = -1; // the outcome the row claims, unless the period or its evidence rules it out
    int region = 0;
    int fileNumber = 0;
    if (o < 0) {
      // a row of attendance: its participant is counted, no more
    } else if (Boolean.TRUE.equals(baseline)) {
      claims.notClaimed(NotClaimedReason.ACHIEVED_AT_BASELINE);
    } else if (Boolean.FALSE.equals(followUp)) {
      claims.notClaimed(NotClaimedReason.NOT_ACHIEVED_AT_FOLLOW_UP);
    } else {
      Outcome outcome = bank.outcomes().get(o);
      if (outcome.requiresSurvey() && withoutSurvey) {
        facts.unverifiedSurvey(outcome.id(), file.name());
      }
      claimed = o;
      region = reg;
      fileNumber = conflicted[o] ? fileId(file) : 0;
    }
    // The rest (the duplicate rule, the headcounts, claims that may conflict) is the participant's own.
    people.row(participantId, activity, b, tags, headcounts.rowTagCount(), claimed, region, fileNumber, line);
  }

  void count(CountRecord c) {
    RowRef ref = c.ref();
    facts.count(c.activityId(), ref);
    List<Diagnostic> problems = rowProblems;
    problems.clear();
    RecordChecks.count(c, problems);
    Integer activity = c.activityId() == null ? null : lookups.activity(c.activityId(), ref, "counts rows", problems);
    Outcome outcome = c.outcome() == null ? null : bank.outcome(c.outcome()).orElse(null);
    if (outcome == null && c.outcome() != null) {
      problems.add(lookups.unknownOutcome(ref, c.outcome()));
    }
    AgeBand band = lookups.band(c.ageBand(), ref, problems);
    Region region = activity == null ? null : lookups.region(c.region(), activity, ref, true, problems);
    if (!problems.isEmpty() || activity == null || region == null) {
      rejected(problems);
      return;
    }
    claims.add(activity, lookups.number(outcome), lookups.number(region), lookups.number(band), c.count(), false);
  }

  /**
   * Whether a claim stands without survey evidence: its row answers neither baseline nor follow-up, whether
   * the file lacks the columns or leaves them blank (a column of blanks verifies nothing).
   */
  private static boolean withoutSurvey(ParticipantRecord r) {
    return r.baseline() == null && r.followUp() == null;
  }

  /**
   * Adds, once every row is in, one problem for the further rows of each invalid or missing activity, and one
   * warning for the ages no age band of the bank covers.
   */
  void summariseRepeats() {
    diagnostics.addAll(lookups.repeated());
    diagnostics.addAll(lookups.agesWithoutBand());
    if (sharedIds != null) {
      diagnostics.addAll(sharedIds.warnings());
    }
  }

  /** How the reader may number what rows name ({@link RecordCodes}): safe to use from another thread. */
  RecordCodes codes() {
    return lookups.codes();
  }

  /** From now on, notes participant ids a later file shares with earlier ones ({@link SharedIds}). */
  void watchSharedIds() {
    if (sharedIds == null) {
      sharedIds = new SharedIds();
    }
  }

  /** A row left out as invalid: its problems are reported and it is counted as not claimed. */
  void rejected(List<Diagnostic> problems) {
    diagnostics.addAll(problems);
    claims.notClaimed(NotClaimedReason.INVALID_ROW);
  }

  /** The number of the bank's outcome with this id or name, or -1 when it has none such. */
  int outcomeNumber(String idOrName) {
    return lookups.outcomeNumber(idOrName);
  }

  /** The files rows came from, by the number pending claims carry. */
  List<SourceFile> files() {
    return files;
  }

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
}

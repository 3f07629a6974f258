package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.ToLongBiFunction;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.internal.NearestMatch;
import org.impactkit.internal.PercentPoints;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.CodedParticipant;
import org.impactkit.model.CountRecord;
import org.impactkit.model.Parameter;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.RecordCodes;
import org.impactkit.model.RecordSink;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.internal.ParticipantTable;

/**
 * The wellbeing valuation engine (SPEC §5): turns rows into claims, values them and totals them.
 *
 * <p>Streaming: feed rows one at a time ({@link #participant}, {@link #count}), then call {@link
 * #finish()}. Memory grows with distinct participants and calculation cells, not with rows: claims
 * for outcomes that conflict with nothing are counted at once; only claims that may conflict wait,
 * per participant, until the end.
 *
 * <p>Single use: once {@link #finish()} has been called, successfully or not, the calculator takes no
 * more records and cannot finish again (both throw {@link IllegalStateException}), since claims held
 * back for the conflict rules have by then been counted. Start a new one for another calculation.
 *
 * <p>Not thread-safe: feed it from one thread at a time (the result it returns is immutable and may
 * be shared).
 *
 * <p>Threads ({@link ValuationSettings#threads()}): of a run's threads, one reads (see {@code
 * Evaluations}) and one, the caller's, takes the rows in file order; each thread beyond those two keeps a
 * share of the participants, split by a hash of their id ({@code ParticipantShards}). Results are the
 * same, byte for byte, whatever the number.
 *
 * <p>The jobs behind it: {@code RowLookups} resolves what a row names, {@code RowClaims} applies the
 * rules of §5.1 to it, {@code Headcounts} counts distinct participants per breakdown, {@code
 * ConflictResolver} settles conflicting claims and {@code Totaller} values and totals the claims.
 */
public final class Calculator implements RecordSink {
  /** The most ids {@link #prefetch} takes at a time. */
  public static final int PREFETCH_MAX = ParticipantTable.PREFETCH_MAX;

  private final ValueBank bank;
  private final ValuationSettings settings;
  private final Diagnostics diagnostics;
  private final UnitValues unitValues;
  private final Activities activities;
  private final ParticipantShards people;
  private final Claims claims;
  private final Headcounts headcounts;
  private final RowClaims rows;
  private final RecordFacts facts;
  private boolean finished;

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
    this.facts = new RecordFacts();
    this.diagnostics = diagnostics;
    this.unitValues = new UnitValues(bank, settings, priceYears(bank, settings, diagnostics));
    this.activities = new Activities(bank);
    checkAdjustments();
    List<List<Diagnostic>> leftOut = new ArrayList<>();
    for (Activity a : activities) {
      facts.activity(a.id());
      List<Diagnostic> problems = RecordChecks.activity(a);
      if (problems.isEmpty()) {
        Diagnostic problem = this.activities.add(a);
        if (problem != null) {
          leftOut.add(List.of(problem));
          if (a.id() != null && this.activities.number(a.id()) == null) { // not a second row of a kept one
            facts.invalidActivities.putIfAbsent(a.id(), a.ref()); // its budget is out: skipped-rows names it
          }
        }
      } else {
        if (a.id() != null) {
          this.activities.invalid(a.id(), a.ref());
          facts.invalidActivities.putIfAbsent(a.id(), a.ref());
        }
        leftOut.add(problems);
      }
    }
    this.claims = new Claims(this.activities.size(), bank.outcomes().size(), bank.regions().size(),
        bank.ageBands().size());
    this.headcounts = new Headcounts(this.activities, bank.ageBands().size(), settings.crossTabs());
    int threads = Math.min(Math.max(settings.threads(), 1), 64); // whatever an implementation of the settings says
    this.people = new ParticipantShards(Math.max(1, threads - 2), threads > 2,
        this.activities.size(), bank.outcomes().size(), bank.regions().size(), headcounts, RowClaims.conflicted(bank));
    this.rows = new RowClaims(bank, settings, diagnostics, this.activities, people, headcounts, claims, facts);
    for (List<Diagnostic> problems : leftOut) {
      rows.rejected(problems);
    }
  }

  /** The report's price year (SPEC §5.4); one the indices cannot reach stops the run, with every other problem. */
  private static PriceYears priceYears(ValueBank bank, ValuationSettings settings, Diagnostics diagnostics) {
    try {
      return PriceYears.of(bank, settings);
    } catch (IllegalArgumentException e) {
      diagnostics.fatal(Diagnostic.error(null, 0, null, e.getMessage()));
      return PriceYears.unchanged(bank, settings.priceIndices());
    }
  }

  private void checkAdjustments() {
    settings.adjustments().forEach((outcomeId, a) -> {
      if (bank.outcome(outcomeId).isEmpty()) {
        diagnostics.fatal(Diagnostic.error(null, 0, null, "adjustments name outcome " + Texts.quote(outcomeId)
            + ", which is not in bank " + bank.id() + NearestMatch.hint(outcomeId, bank.outcomeIds())));
      }
      String subject = "the adjustments of outcome " + Texts.quote(outcomeId) + " (outcomes: in evaluation.yaml) give";
      for (Parameter share : Parameter.SHARES) {
        String tiny = PercentPoints.tinyShare(subject, share.label().toLowerCase(Locale.ROOT), a.share(share));
        if (tiny != null) {
          diagnostics.add(Diagnostic.warning(null, 0, null, tiny));
        }
      }
    });
    // the simulation's spreads are percent points as well: 0.1 for ±10 points would vary by ±0.1 of a point
    settings.spread().forEach((parameter, points) -> {
      String tiny = PercentPoints.tinyShare("the simulation's spreads (spread: in evaluation.yaml) give",
          parameter.label().toLowerCase(Locale.ROOT) + " a spread", points);
      if (tiny != null) {
        diagnostics.add(Diagnostic.warning(null, 0, null, tiny));
      }
    });
  }

  /**
   * Notes an activity whose row was invalid and left out, so rows that refer to it say so rather than
   * call it unknown. Call before feeding rows.
   *
   * @param id the activity id as written
   * @param ref the activity's row
   */
  public void invalidActivity(String id, RowRef ref) {
    checkOpen();
    activities.invalid(id, ref);
    facts.invalidActivities.putIfAbsent(id, ref);
  }

  /**
   * Notes that the activities could not be read at all (a whole-file problem already reported), so
   * rows are not also reported one by one as referring to unknown activities.
   */
  public void activitiesUnreadable() {
    checkOpen();
    activities.unreadable();
  }

  /**
   * Says that the participant rows come from several files merged (one per partner, say), so that a file
   * most of whose ids an earlier file already used is warned about: an id in two files is one person, which
   * is wrong when each file numbers its own people from 001 ({@code SharedIds}). Costs a hash of each id
   * from then on, so a single file's run goes without it.
   */
  public void participantFilesMerged() {
    checkOpen();
    rows.watchSharedIds();
  }

  /**
   * Notes a table that holds participant or counts records but is not read (a workbook's sheet under a
   * name impact does not read), for the empty-result check to name when no records came at all: the user
   * then most often renamed the sheet they meant.
   *
   * @param note what is not read, e.g. {@code the sheet 'Participant list' of evaluation.xlsx holds participant
   *     rows but is not read}
   */
  public void unreadRecords(String note) {
    checkOpen();
    facts.unreadRecords.add(note);
  }

  @Override
  public void participant(ParticipantRecord r) {
    checkOpen();
    rows.participant(r);
  }

  /**
   * Takes a row a reader reduced to the numbers of this calculator's {@link #codes()}: valued exactly as the
   * record it stands for, less the lookups the reader made. A reader codes no row whose id its record would
   * report (blank, or with spaces around), so such a row is refused here: feed it as a {@link
   * ParticipantRecord}.
   *
   * @throws IllegalArgumentException when the row has a number no code of this calculator gives, or an id
   *     its record would report
   */
  @Override
  public void coded(CodedParticipant row) {
    checkOpen();
    if (row.activity() >= activities.size() || row.outcome() >= bank.outcomes().size()
        || row.ageBand() >= bank.ageBands().size() || row.region() >= bank.regions().size()
        || Texts.blankToNull(row.participantId()) != row.participantId()) {
      throw new IllegalArgumentException("not a row coded by this calculator's codes(): id "
          + Texts.quote(row.participantId()) + ", activity " + row.activity() + " of " + activities.size()
          + ", outcome " + row.outcome() + " of " + bank.outcomes().size() + ", age band " + row.ageBand() + " of "
          + bank.ageBands().size() + ", region " + row.region() + " of " + bank.regions().size()
          + "; give such a row as a ParticipantRecord");
    }
    rows.coded(row);
  }

  /**
   * How this calculator numbers the activities, outcomes, age bands and regions rows name, for a reader that
   * codes plain rows ({@link CodedParticipant}). Immutable, so a reading thread may use it. An activity left
   * out as invalid has no number, so its rows are read as records and reported.
   */
  @Override
  public RecordCodes codes() {
    checkOpen();
    return rows.codes();
  }

  /**
   * A hint that the next participant rows fed are of these participants, in this order: their places in
   * the calculator's memory are fetched together, so that valuing the rows waits less on memory. Results
   * never depend on it, and the rows must still be fed; a caller that buffers rows (as the reading
   * thread's hand-over does) gives each batch's ids before feeding its rows.
   *
   * @param participantIds the ids, none {@code null}
   * @param n how many of them: at most {@link #PREFETCH_MAX}
   */
  public void prefetch(String[] participantIds, int n) {
    checkOpen();
    people.prefetch(participantIds, Math.min(n, PREFETCH_MAX));
  }

  @Override
  public void count(CountRecord c) {
    checkOpen();
    rows.count(c);
  }

  @Override
  public void rejected(RowRef row) {
    checkOpen();
    facts.rejectedRows++;
    rows.rejected(List.of());
  }

  /**
   * Notes a table the records come from, with its columns, for the checks that look at the tables
   * themselves (a column that looks like a spec column the table lacks). Call once per table read.
   *
   * @param table the table read: its name, the header of each spec column and its extra columns
   */
  public void source(SourceFile table) {
    facts.sources.add(table);
    if ("participants".equals(table.kind())) { // breakdowns are the participants' columns
      headcounts.header(table.extraColumns());
    }
  }

  /**
   * Resolves conflicts, values every claim and totals them, then runs the assurance checks (SPEC §10)
   * on the result: a failed check is in {@link CalculationResult#checks()}, for the caller to act on.
   *
   * @return every figure of the calculation
   * @throws org.impactkit.diagnostic.InvalidInputException when any input was invalid (with every
   *     problem), unless invalid rows are skipped and none of the problems concerned a whole file
   * @throws IllegalStateException when called a second time
   */
  public CalculationResult finish() {
    checkOpen();
    finished = true;
    rows.summariseRepeats();
    people.finish();
    people.resolveConflicts(bank, settings.conflictPolicy(), unitValues, rows.files(), diagnostics);
    people.addClaims(claims);
    headcounts.countsFrom(people.tagCounts());
    diagnostics.throwIfErrors(settings.skipInvalid());
    CalculationResult result =
        new Totaller(bank, settings, diagnostics, unitValues, activities, claims, headcounts, people.size()).result();
    ToLongBiFunction<Activity, String> recordClaims = (activity, outcomeId) -> {
      // By the result's own object: its id is shown inert, and may differ from the one rows name.
      Integer a = activities.number(activity);
      // By id, as rows number them: List.indexOf would compare the outcome records with their generated
      // equals, whose first call spins method handles (about 15 ms at the end of every run).
      int o = rows.outcomeNumber(outcomeId);
      if (o < 0) {
        throw new NoSuchElementException("no outcome " + outcomeId + " in bank " + bank.id());
      }
      return a == null ? 0 : claims.fromRecordsOfActivity(a, o);
    };
    return result.withChecks(new Assurance(result, facts, people, recordClaims).checks());
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("this calculator has already finished; a calculator is used once, so start a"
          + " new one for another calculation");
    }
  }
}

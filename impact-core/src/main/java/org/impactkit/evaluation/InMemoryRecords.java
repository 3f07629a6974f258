package org.impactkit.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.Activity;
import org.impactkit.model.CountRecord;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.Calculator;

/**
 * A calculation of records held in memory (an analyst's lists, not files): each record placed by its
 * position in its list, so a problem names the record as a file's row names its line, and by its key
 * where it has one.
 */
public final class InMemoryRecords {
  private InMemoryRecords() {}

  /**
   * The activities, each placed at its position in the list (from 1).
   *
   * @param activities the activities
   * @return the same activities, placed
   */
  public static List<Activity> placed(List<Activity> activities) {
    List<Activity> placed = new ArrayList<>(activities.size());
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      placed.add(a.withRef(a.ref().at(i + 1L)));
    }
    return placed;
  }

  /**
   * Feeds the records to {@code calculator}, each placed at its position, and finishes it.
   *
   * @param calculator a new calculator over the placed activities
   * @param participants participant records, or an empty list
   * @param counts counts records, or an empty list
   * @return every figure of the calculation
   * @throws InvalidInputException when any record is invalid, each problem with its record's key where it has one
   */
  public static CalculationResult calculate(Calculator calculator, List<ParticipantRecord> participants,
      List<CountRecord> counts) {
    for (int i = 0; i < participants.size(); i++) {
      ParticipantRecord r = participants.get(i);
      calculator.participant(r.withRef(r.ref().at(i + 1L)));
    }
    for (int i = 0; i < counts.size(); i++) {
      CountRecord c = counts.get(i);
      calculator.count(c.withRef(c.ref().at(i + 1L)));
    }
    try {
      return calculator.finish();
    } catch (InvalidInputException e) {
      throw withKeys(e, participants);
    }
  }

  /**
   * The problems with the keys of the participant records they name by position: the conflict rules
   * run after the records have gone by, and remember a record's place, not its key.
   */
  private static InvalidInputException withKeys(InvalidInputException e, List<ParticipantRecord> participants) {
    List<Diagnostic> keyed = new ArrayList<>(e.diagnostics().size());
    boolean changed = false;
    for (Diagnostic d : e.diagnostics()) {
      ParticipantRecord r = d.key() == null && d.line() > 0 && d.line() <= participants.size()
          ? participants.get((int) d.line() - 1) : null;
      boolean same = r != null && r.ref().file().isInMemory() && r.ref().file().name().equals(d.file());
      if (same && r.ref().key() != null) {
        keyed.add(d.withKey(r.ref().key()));
        changed = true;
      } else {
        keyed.add(d);
      }
    }
    return changed ? new InvalidInputException(keyed, e.moreErrors()) : e;
  }
}

package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impactkit.bank.Region;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.RowRef;

/**
 * The activities of a run (SPEC §4.3), numbered from 0 in input order: each one's region and partner,
 * the partners in order of first mention, and the activities left out as invalid, so that rows naming
 * them say so rather than call them unknown.
 */
final class Activities {
  private final ValueBank bank;
  private final List<Activity> list = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  /** Each activity's id as written (reports show it {@linkplain Texts#inert inert}). */
  private final List<String> writtenIds = new ArrayList<>();
  /** Each activity as reports show it, by its number: its id may differ from the one rows name. */
  private final Map<Activity, Integer> numbersShown = new IdentityHashMap<>();
  private final List<Region> regions = new ArrayList<>();
  private final List<String> partners = new ArrayList<>();
  /** The partner number of each activity, -1 for none. */
  private final List<Integer> partnerOf = new ArrayList<>();
  private final Map<String, RowRef> invalid = new HashMap<>();
  private boolean unreadable;

  Activities(ValueBank bank) {
    this.bank = bank;
  }

  /**
   * Adds the next activity, unless its id is taken or its region is not the bank's.
   *
   * @return the problem that leaves it out, or {@code null} when it was added
   */
  Diagnostic add(Activity a) {
    Integer previous = numbers.get(a.id());
    if (previous != null) {
      String where = list.get(previous).ref().where();
      return Diagnostic.error(a.ref(), "activity_id", "activity id " + Texts.quote(a.id()) + " is already used"
          + (where == null ? "" : " on " + where) + "; activity ids must be unique");
    }
    Region region = null;
    if (a.region() != null) {
      region = bank.region(a.region()).orElse(null);
      if (region == null) {
        invalid.putIfAbsent(a.id(), a.ref());
        return RowLookups.unknownRegion(bank, a.ref(), a.region());
      }
    }
    // Rows refer to the activity by its id as written; reports show it, its name and partner inert.
    numbers.put(a.id(), list.size());
    writtenIds.add(a.id());
    Activity shown = inert(a);
    numbersShown.put(shown, list.size());
    list.add(shown);
    regions.add(region);
    int partner = -1;
    if (shown.partner() != null) {
      partner = partners.indexOf(shown.partner());
      if (partner < 0) {
        partner = partners.size();
        partners.add(shown.partner());
      }
    }
    partnerOf.add(partner);
    return null;
  }

  /** The activity with the text reports show made {@linkplain Texts#inert inert}. */
  private static Activity inert(Activity a) {
    String id = Texts.inert(a.id());
    String name = Texts.inert(a.name());
    String partner = Texts.inert(a.partner());
    return id == a.id() && name == a.name() && partner == a.partner() ? a
        : new Activity(id, name, a.budget(), a.region(), partner, a.ref());
  }

  /** Notes an activity whose row was invalid and left out (unless one by that id was added). */
  void invalid(String id, RowRef ref) {
    if (!numbers.containsKey(id)) {
      invalid.putIfAbsent(id, ref);
    }
  }

  /** The row of an activity left out as invalid, or {@code null}. */
  RowRef invalidRow(String id) {
    return invalid.get(id);
  }

  /** Notes that the activities could not be read at all. */
  void unreadable() {
    unreadable = true;
  }

  boolean isUnreadable() {
    return unreadable;
  }

  /** The number of an activity id, or {@code null} when there is none by that id. */
  Integer number(String id) {
    return numbers.get(id);
  }

  /** Every activity's number by its id as written, as they are now: an immutable copy. */
  Map<String, Integer> numbers() {
    return Map.copyOf(numbers);
  }

  /** The number of an activity as results show it ({@link #get}), or {@code null} for another object. */
  Integer number(Activity shown) {
    return numbersShown.get(shown);
  }

  /** The id of an activity as its row wrote it. */
  String writtenId(int activity) {
    return writtenIds.get(activity);
  }

  Set<String> ids() {
    return numbers.keySet();
  }

  int size() {
    return list.size();
  }

  Activity get(int activity) {
    return list.get(activity);
  }

  List<Activity> all() {
    return list;
  }

  /** The activity's own region, or {@code null} when it names none. */
  Region region(int activity) {
    return regions.get(activity);
  }

  /** The number of the activity's partner, or -1 when it names none. */
  int partner(int activity) {
    return partnerOf.get(activity);
  }

  /** The partners, numbered in order of first mention. */
  List<String> partners() {
    return partners;
  }
}

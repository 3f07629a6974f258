package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.internal.LongIntMap;

/**
 * Participant ids that a later participants file shares with the files before it. Merged files are one
 * evaluation, so an id in two files is one person, with one claim per outcome (SPEC §4.1): right for
 * quarterly exports, an attendance file beside an outcomes file, or a person who took part with two
 * partners; wrong when each partner numbers its own people from 001, which merges two people into one. The
 * last is told apart by its files' activities, which are all different (each partner runs its own), and by
 * most ids of the smaller side being shared.
 *
 * <p>Ids are kept as 64-bit hashes of their text (8 bytes each, only while several files are read): two
 * different ids with the same hash would be counted as shared, a chance too small to move the share.
 */
final class SharedIds {
  /** Share of the smaller side's distinct ids shared above which a warning is given. */
  static final double WARN_ABOVE = 0.5;
  /** Sides with fewer distinct ids than this are not judged: 3 of 4 says little. */
  static final int MIN_IDS = 10;

  private final LongIntMap earlier = new LongIntMap();
  private LongIntMap current = new LongIntMap();
  private final Set<String> earlierActivities = new HashSet<>();
  private final Set<String> activities = new HashSet<>();
  private SourceFile file;
  private long shared;
  private final List<Diagnostic> warnings = new ArrayList<>();

  /** A valid participant row's id and activity; rows come file by file. */
  void see(String id, String activity, SourceFile from) {
    if (from != file) {
      endFile();
      file = from;
    }
    activities.add(activity);
    long h = hash(id);
    if (current.get(h) == LongIntMap.MISSING) {
      current.put(h, 1);
      if (earlier.get(h) != LongIntMap.MISSING) {
        shared++;
      }
    }
  }

  /** The warnings, once every row is in. */
  List<Diagnostic> warnings() {
    endFile();
    return warnings;
  }

  private void endFile() {
    if (file == null) {
      return;
    }
    int ids = current.size();
    int smaller = Math.min(ids, earlier.size());
    if (smaller >= MIN_IDS && shared > WARN_ABOVE * smaller && Collections.disjoint(activities, earlierActivities)) {
      warnings.add(Diagnostic.warning(file.name(), 0, null, shared + " of its " + ids + " participant ids are also"
          + " in an earlier participants file whose activities are all different; an id in two files is one person"
          + " (one claim per outcome), so if each partner numbers its own people from 001, different people are"
          + " merged into one: make the ids distinct, e.g. begin each file's with its partner's initials"));
    }
    current.forEachKey(k -> earlier.put(k, 1));
    current = new LongIntMap();
    earlierActivities.addAll(activities);
    activities.clear();
    shared = 0;
    file = null;
  }

  /** FNV-1a over the id's characters, then a final mix so that near ids spread over the table. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }
}

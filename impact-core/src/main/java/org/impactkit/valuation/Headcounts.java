package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impactkit.bank.AgeBand;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult.Headcount;
import org.impactkit.valuation.internal.ParticipantTable;

/**
 * Distinct participants per breakdown (SPEC §5.3), counted as rows stream in: each participant is
 * tagged with the cells its rows put it in, and a tag is counted the first time a participant gets it,
 * so the headcounts are ready when the last row is in.
 *
 * <p>Tags are dense numbers: first the bank's bands, then the activities, then activity × band, then
 * one per value of a breakdown column (the partner is column 0), numbered as first seen.
 */
final class Headcounts {
  private static final String DIM_BAND = "age band";
  private static final String DIM_ACTIVITY = "activity";
  private static final String DIM_PARTNER = "partner";
  private static final int RECENT_EXTRAS = 1 << 8;

  private final ParticipantTable people;
  private final Activities activities;
  private final int bands;
  /** The first activity × band tag. */
  private final int cellBase;
  /** The first breakdown-value tag. */
  private final int fixedTags;

  /** Extra-column dimensions by normalised header: index into {@link #dimensionValues}; partner is index 0. */
  private final Map<String, Integer> dimensionIndex = new LinkedHashMap<>();
  private final List<String> dimensionNames = new ArrayList<>();
  private final List<Map<String, Integer>> dimensionValues = new ArrayList<>();
  private final List<String[]> extraTags = new ArrayList<>();
  private final String[] recentExtra = new String[RECENT_EXTRAS];
  private final int[] recentExtraDimension = new int[RECENT_EXTRAS];
  private final int[] recentExtraTag = new int[RECENT_EXTRAS];
  private final Map<SourceFile, int[]> dimensionsByFile = new IdentityHashMap<>();
  /** How many participants have each tag. */
  private long[] tagCounts = new long[64];
  /**
   * A participant tag (no headcount of its own) saying that the participant's bands and activities are
   * tags of their own rather than implied by their activity × band cells.
   */
  private static final int BANDS_TAGGED = -1;

  private int[] tagScratch = new int[16];

  /** Headcounts over the given activities, all added already. */
  Headcounts(ParticipantTable people, Activities activities, int bands) {
    this.people = people;
    this.activities = activities;
    this.bands = bands;
    this.cellBase = bands + activities.size();
    this.fixedTags = cellBase + activities.size() * bands;
    dimension(DIM_PARTNER, DIM_PARTNER);
  }

  /**
   * Tags participant {@code p} with the headcount cells this row puts them in (activity × band, and a
   * value per breakdown column). Band and activity are implied by the activity × band cell (fewer tags
   * per participant keeps them in its block): a new cell counts the participant in its band and
   * activity unless another of their cells already did.
   */
  void tag(int p, ParticipantRecord r, int activity, int b) {
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
            if (t != cell && t >= cellBase && t < fixedTags) {
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
          if (t != cell && t >= cellBase && t < fixedTags) {
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
    if (partner == null && activities.partner(activity) >= 0) {
      partner = activities.partners().get(activities.partner(activity));
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
        id = fixedTags + extraTags.size();
        values.put(shown, id);
        extraTags.add(new String[] {String.valueOf(dimension), shown});
      }
      values.put(value, id);
    }
    return id;
  }

  // ---------------------------------------------------------------- counts

  private long counted(int tag) {
    return tag < tagCounts.length ? tagCounts[tag] : 0;
  }

  /** Distinct participants with a row in band {@code b}. */
  long inBand(int b) {
    return counted(b);
  }

  /** Distinct participants with a row in an activity. */
  long inActivity(int activity) {
    return counted(bands + activity);
  }

  /** Distinct participants with a row in an activity and band {@code b}. */
  long inActivityBand(int activity, int b) {
    return counted(cellBase + activity * bands + b);
  }

  /** Distinct participants with a partner, by the row's partner column or else its activity's. */
  long ofPartner(String partner) {
    Integer tag = dimensionValues.get(0).get(partner);
    return tag == null ? 0L : counted(tag);
  }

  /**
   * Every headcount: by band (in bank order), by activity (in input order), then by partner and each
   * breakdown column (values alphabetically), leaving out the columns not among {@code breakdowns}
   * when it is given; a breakdown that is no column is warned about.
   */
  List<Headcount> list(List<AgeBand> bandList, List<String> breakdowns, Diagnostics diagnostics) {
    List<Headcount> list = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      AgeBand band = bandList.get(b);
      list.add(new Headcount(DIM_BAND, band.id(), band.label(), inBand(b)));
    }
    for (int a = 0; a < activities.size(); a++) {
      Activity activity = activities.get(a);
      list.add(new Headcount(DIM_ACTIVITY, activity.id(), activity.name(), inActivity(a)));
    }
    List<TreeMap<String, Long>> byDimension = new ArrayList<>();
    dimensionNames.forEach(d -> byDimension.add(new TreeMap<>()));
    for (int i = 0; i < extraTags.size(); i++) {
      String[] tag = extraTags.get(i);
      byDimension.get(Integer.parseInt(tag[0])).put(tag[1], counted(fixedTags + i));
    }
    List<String> wanted = breakdowns == null ? null
        : breakdowns.stream().map(s -> Texts.key(s).replace('_', ' ').replace('-', ' ')).toList();
    if (wanted != null) {
      for (int i = 0; i < wanted.size(); i++) {
        if (!dimensionIndex.containsKey(wanted.get(i))) {
          diagnostics.add(Diagnostic.warning("report breakdown '" + breakdowns.get(i)
              + "' is not a column of the participant records; columns: " + dimensionNames.subList(1,
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
}

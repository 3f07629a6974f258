package org.impactkit.valuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.impactkit.bank.AgeBand;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.internal.Texts;
import org.impactkit.model.Activity;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.CalculationResult.CrossTab;
import org.impactkit.valuation.CalculationResult.Headcount;

/**
 * Distinct participants per breakdown (SPEC §5.3), counted as rows stream in: each participant is
 * tagged with the cells its rows put it in, and a tag is counted the first time a participant gets it,
 * so the headcounts are ready when the last row is in. This class numbers the tags and lists the
 * headcounts; the participants and their tags are kept, and counted, by {@link ParticipantShard}s.
 *
 * <p>Tags are dense numbers: first the bank's bands, then the activities, then activity × band, then
 * one per value of a breakdown column (the partner is column 0) and one per combination of values of a
 * cross-tab, numbered as first seen. A cross-tab's combinations are found from the row's value tags
 * through a tree of primitive map lookups (one per column), so a row allocates nothing.
 */
final class Headcounts {
  private static final String DIM_BAND = "age band";
  private static final String DIM_ACTIVITY = "activity";
  private static final String DIM_PARTNER = "partner";
  private static final int RECENT_EXTRAS = 1 << 8;

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
  /** Per tag from {@link #fixedTags} on: {dimension, value} of a breakdown value, or null for a combination. */
  private final List<String[]> extraTags = new ArrayList<>();
  private final String[] recentExtra = new String[RECENT_EXTRAS];
  private final int[] recentExtraDimension = new int[RECENT_EXTRAS];
  private final int[] recentExtraTag = new int[RECENT_EXTRAS];
  private final Map<SourceFile, int[]> dimensionsByFile = new IdentityHashMap<>();
  /** The dimensions that are a column of some file read (the partner always). */
  private final Set<Integer> seen = new HashSet<>();
  /** The breakdown columns the tables' headers name (dimension keys), whether or not a counted row fills them. */
  private final Set<String> inHeaders = new HashSet<>();
  /** How many participants have each tag, once every row is in ({@link #countsFrom}). */
  private long[] tagCounts = new long[0];
  /** The current row's tags ({@link #rowTags}). */
  private int[] rowTags = new int[16];
  /** The file of the last row tagged, and its dimensions. */
  private SourceFile lastFile;
  private int[] lastDimensions;
  private int rowTagCount;

  private final CrossTabCounts crossTabs;
  /** Per activity, the tag of its own partner, -1 for none, or {@link #UNKNOWN} until first needed. */
  private final int[] partnerTagOfActivity;
  private static final int UNKNOWN = -2;

  /** Headcounts over the given activities, all added already, without cross-tabs. */
  Headcounts(Activities activities, int bands) {
    this(activities, bands, List.of());
  }

  /**
   * Headcounts over the given activities, all added already.
   *
   * @param crossTabs the columns of each cross-tab (see {@link ValuationSettings#crossTabs()})
   */
  Headcounts(Activities activities, int bands, List<List<String>> crossTabs) {
    this.activities = activities;
    this.bands = bands;
    this.cellBase = bands + activities.size();
    this.fixedTags = cellBase + activities.size() * bands;
    dimension(DIM_PARTNER, DIM_PARTNER);
    seen.add(0); // a partner comes from the activities as well as from a column
    this.partnerTagOfActivity = new int[activities.size()];
    Arrays.fill(partnerTagOfActivity, UNKNOWN);
    this.crossTabs = new CrossTabCounts(this, crossTabs);
  }

  /**
   * The tags this row gives its participant besides its activity × band cell (which {@link
   * ParticipantShard} adds first): a value per breakdown column and the partner, then the cross-tabs'
   * combinations, in the order they are to be added. Numbers new values and combinations as first seen,
   * so it runs on the valuing thread, in file order. Returns this headcount's own array, valid until the
   * next row; {@link #rowTagCount()} says how much of it is the row's.
   */
  int[] rowTags(List<String> extras, SourceFile file, int activity, int b) {
    rowTagCount = 0;
    int[] dims = dimensions(file);
    crossTabs.newRow();
    String partner = null;
    for (int i = 0; i < extras.size() && i < dims.length; i++) {
      if (dims[i] == 0) {
        partner = Texts.blankToNull(extras.get(i));
      } else {
        int value = extraTagAsRead(dims[i], extras.get(i));
        addRowTag(value);
        crossTabs.value(dims[i], value);
      }
    }
    int value = partner != null ? extraTag(0, partner) : activityPartnerTag(activity);
    if (value >= 0) {
      addRowTag(value);
      crossTabs.value(0, value);
    }
    crossTabs.tags(activity, b);
    return rowTags;
  }

  /**
   * The tag of an activity's own partner, or -1 when it has none: looked up once per activity, as most
   * rows name no partner of their own (a map lookup a row was 2 % of the valuing thread).
   */
  private int activityPartnerTag(int activity) {
    int tag = partnerTagOfActivity[activity];
    if (tag == UNKNOWN) {
      int partner = activities.partner(activity);
      tag = partner < 0 ? -1 : extraTag(0, activities.partners().get(partner));
      partnerTagOfActivity[activity] = tag;
    }
    return tag;
  }

  /** How many tags the last {@link #rowTags} call gave. */
  int rowTagCount() {
    return rowTagCount;
  }

  /** Adds a tag to the current row's. */
  void addRowTag(int tag) {
    if (rowTagCount == rowTags.length) {
      rowTags = Arrays.copyOf(rowTags, rowTagCount * 2);
    }
    rowTags[rowTagCount++] = tag;
  }

  /** Takes the number of participants with each tag, summed over the shards, once every row is in. */
  void countsFrom(long[] counts) {
    tagCounts = counts;
  }

  /** The number of age bands. */
  int bandCount() {
    return bands;
  }

  /** The first activity × band tag. */
  int cellBase() {
    return cellBase;
  }

  /** The first breakdown-value tag. */
  int fixedTags() {
    return fixedTags;
  }

  /** The dimension of each extra column of a file, worked out once per file. */
  private int[] dimensions(SourceFile file) {
    if (file == lastFile) { // rows come file by file, and a SourceFile record's hash covers all its columns
      return lastDimensions;
    }
    int[] dims = dimensionsByFile.get(file);
    if (dims == null) {
      List<String> columns = file.extraColumns();
      dims = new int[columns.size()];
      for (int i = 0; i < dims.length; i++) {
        String column = columns.get(i).strip();
        dims[i] = dimension(dimensionKey(column), column);
        if (seen.add(dims[i])) {
          dimensionNames.set(dims[i], Texts.inert(column)); // as the file writes it, not as a setting named it
        }
      }
      dimensionsByFile.put(file, dims);
    }
    lastFile = file;
    lastDimensions = dims;
    return dims;
  }

  /** A column's name as dimensions are matched: {@code Referral-Route} = {@code referral route}. */
  static String dimensionKey(String column) {
    return Texts.key(column).replace('_', ' ').replace('-', ' ');
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

  /** Participants with a tag. */
  long counted(int tag) {
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
      if (tag != null && counted(fixedTags + i) > 0) { // a blank only a cross-tab used is no headcount
        byDimension.get(Integer.parseInt(tag[0])).put(tag[1], counted(fixedTags + i));
      }
    }
    List<String> wanted = breakdowns == null ? null
        : breakdowns.stream().map(Headcounts::dimensionKey).toList();
    if (wanted != null) {
      for (int i = 0; i < wanted.size(); i++) {
        if (!seen.contains(dimensionIndex.getOrDefault(wanted.get(i), -1))) {
          diagnostics.add(Diagnostic.warning("report breakdown '" + breakdowns.get(i) + (inHeaders.contains(wanted.get(i))
              ? "' has no value in the participant rows counted, so it has no headcount table"
              : "' is not a column of the participant records; columns: " + columnNames())));
        }
      }
    }
    List<String> keys = new ArrayList<>(dimensionIndex.keySet());
    for (int d = 0; d < byDimension.size(); d++) {
      if (!seen.contains(d) || (d > 0 && wanted != null && !wanted.contains(keys.get(d)))) {
        continue;
      }
      String name = dimensionNames.get(d);
      byDimension.get(d).forEach((value, count) -> list.add(new Headcount(name, value, value, count)));
    }
    return list;
  }

  /** Notes the breakdown columns a table's header names, so a breakdown none of its rows fills is not called missing. */
  void header(List<String> extraColumns) {
    extraColumns.forEach(c -> inHeaders.add(dimensionKey(c)));
  }

  /** The breakdown columns of the files read, as written, in the order first seen. */
  List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (int d = 1; d < dimensionNames.size(); d++) {
      if (seen.contains(d)) {
        names.add(dimensionNames.get(d));
      }
    }
    return names;
  }

  /**
   * Every cross-tab (SPEC §8), in the order configured, leaving out (with a warning) one that names a
   * column no file has.
   *
   * @param participants distinct participants in all, each cross-tab's total
   */
  List<CrossTab> crossTabs(List<AgeBand> bandList, long participants, Diagnostics diagnostics) {
    return crossTabs.result(bandList, participants, diagnostics);
  }

  // ---------------------------------------------------------------- for the cross-tabs

  /** The dimension of a column named in the settings, added when no file has shown it yet. */
  int dimensionNamed(String column) {
    return dimension(dimensionKey(column), column.strip());
  }

  /** Whether a dimension is a column of some file read (the partner always is). */
  boolean isColumn(int dimension) {
    return seen.contains(dimension);
  }

  /** A dimension's name, as the first file with it writes it. */
  String dimensionName(int dimension) {
    return dimensionNames.get(dimension);
  }

  /** The tag of {@code (blank)} in a dimension. */
  int blankTag(int dimension) {
    return extraTag(dimension, "(blank)");
  }

  /** A new tag of no dimension, for a combination of values. */
  int newCombinationTag() {
    extraTags.add(null);
    return fixedTags + extraTags.size() - 1;
  }

  /** How a breakdown value's tag is shown. */
  String valueOf(int tag) {
    return extraTags.get(tag - fixedTags)[1];
  }

  /** The tag of an age band (by its number), as a cross-tab's value. */
  int bandTag(int b) {
    return b;
  }

  /** The tag of an activity (by its number), as a cross-tab's value. */
  int activityTag(int activity) {
    return bands + activity;
  }

  /** The name of an activity by its tag. */
  String activityOf(int tag) {
    return activities.get(tag - bands).name();
  }
}

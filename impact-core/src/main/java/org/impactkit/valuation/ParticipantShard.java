package org.impactkit.valuation;

import java.util.Arrays;
import org.impactkit.valuation.internal.ParticipantTable;

/**
 * One share of the participants and everything that depends on them alone: their numbers, the headcount
 * tags they have, the outcomes they claimed (duplicate rule) and their claims that may conflict. Every
 * row of a participant comes to the same share, in file order, so the rules that look at a person's
 * earlier rows work as if there were one share; what a share counts (tags, claims) merges with the
 * other shares' by addition.
 *
 * <p>Used by one thread at a time: the valuing thread, or a thread of its own ({@link ParticipantShards}).
 */
final class ParticipantShard {
  /**
   * A participant tag (no headcount of its own) saying that the participant's bands and activities are
   * tags of their own rather than implied by their activity × band cells.
   */
  private static final int BANDS_TAGGED = -1;

  final ParticipantTable people;
  final Claims claims;
  private final int bands;
  private final int cellBase;
  private final int fixedTags;
  /** Whether each outcome (by number) has a conflicting outcome in the bank. */
  private final boolean[] conflicted;
  /** How many participants have each tag. */
  private long[] tagCounts = new long[64];
  private int[] tagScratch = new int[16];

  /**
   * @param layout the numbering of headcount tags
   * @param conflicted whether each outcome (by number) may conflict, so its claims wait
   */
  ParticipantShard(int activities, int outcomes, int regions, Headcounts layout, boolean[] conflicted) {
    int bandCount = layout.bandCount();
    this.people = new ParticipantTable(activities, outcomes, regions, bandCount);
    this.claims = new Claims(activities, outcomes, regions, bandCount);
    this.bands = bandCount;
    this.cellBase = layout.cellBase();
    this.fixedTags = layout.fixedTags();
    this.conflicted = conflicted;
  }

  /**
   * Values the participant's part of one row: numbers the participant, tags them with the row's activity
   * × band cell and then with {@code tags} (in order), and claims the outcome unless they claimed it
   * before.
   *
   * @param id the participant id
   * @param outcome the number of the outcome the row claims, or -1 when it claims none
   * @param region the number of the claim's region (when {@code outcome} is one)
   * @param file the number of the row's file, for a claim that may conflict
   */
  void row(String id, int activity, int band, int[] tags, int from, int count, int outcome, int region, int file,
      long line) {
    int p = people.indexOf(id);
    tagCell(p, activity, band);
    for (int i = from, end = from + count; i < end; i++) {
      tag(p, tags[i]);
    }
    if (outcome < 0) {
      return;
    }
    if (!people.claimOutcome(p, outcome)) {
      claims.notClaimed(NotClaimedReason.DUPLICATE);
      return;
    }
    if (conflicted[outcome]) {
      people.addPending(p, activity, outcome, region, band, file, line);
    } else {
      claims.add(activity, outcome, region, band, 1, true);
    }
  }

  /**
   * Tags participant {@code p} with an activity × band cell. Band and activity are implied by the cell
   * (fewer tags per participant keeps them in its block): a new cell counts the participant in its band
   * and activity unless another of their cells already did.
   */
  private void tagCell(int p, int activity, int b) {
    int cell = cellBase + activity * bands + b;
    if (!people.tag(p, cell)) {
      return;
    }
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
      int n = people.tagCount(p);
      int[] tags = null;
      if (n > ParticipantTable.INLINE_TAGS) { // some in a list: copied out
        tagScratch = people.tags(p, tagScratch);
        tags = tagScratch;
      }
      for (int i = 0; i < n; i++) {
        int t = tags == null ? people.inlineTag(p, i) : tags[i];
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

  /** Counts participant {@code p} under {@code tag} unless they are there already. */
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

  /** Adds how many of this share's participants have each tag to {@code into}, grown when too short. */
  long[] addTagCounts(long[] into) {
    long[] sum = into.length >= tagCounts.length ? into : Arrays.copyOf(into, tagCounts.length);
    for (int t = 0; t < tagCounts.length; t++) {
      sum[t] += tagCounts[t];
    }
    return sum;
  }
}

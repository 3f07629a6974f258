package org.impactkit.cli.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a generated evaluation folder means, before any formatting noise: typed values, canonical ids and
 * the set of columns each file has. {@link FolderWriter} renders it messily; {@link Oracle} values it.
 * The settings ({@code from}/{@code to}, {@code defaultRegion}, {@code policy}, {@code deadweight}) are
 * the ones in force; {@code flags} and {@code yaml} are how the run is told them (§4.6, §7: command-line
 * options override evaluation.yaml, so the file may hold other values that a flag overrides).
 */
record EvaluationModel(
    BankModel bank,
    List<ActivityModel> activities,
    Set<String> activityColumns,
    boolean hasParticipants,
    Set<String> participantColumns,
    List<RowModel> rows,
    boolean hasCounts,
    Set<String> countColumns,
    List<CountModel> counts,
    LocalDate from,
    LocalDate to,
    String defaultRegion,
    String policy,
    boolean deadweight,
    List<String> flags,
    Map<String, String> yaml) {

  EvaluationModel {
    activities = List.copyOf(activities);
    rows = List.copyOf(rows);
    counts = List.copyOf(counts);
    activityColumns = Set.copyOf(activityColumns);
    participantColumns = Set.copyOf(participantColumns);
    countColumns = Set.copyOf(countColumns);
    flags = List.copyOf(flags);
    yaml = Collections.unmodifiableMap(new LinkedHashMap<>(yaml));
  }

  boolean hasPeriod() {
    return from != null;
  }

  /** The conflicts policy in force: the one given with --conflicts, else the default {@code lowest}. */
  String effectivePolicy() {
    return policy == null ? "lowest" : policy;
  }

  ActivityModel activity(String id) {
    return activities.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /** An activity; {@code name}, {@code region} and {@code partner} may be null (blank or no column). */
  record ActivityModel(String id, String name, BigDecimal budget, String region, String partner) {}

  /**
   * One participants row. Null means blank (or no such column). {@code participant} and {@code activity}
   * are the ids after trimming; {@code outcome}, {@code band} and {@code region} are canonical bank ids.
   */
  record RowModel(
      String participant,
      String activity,
      String outcome,
      Integer age,
      String band,
      LocalDate dob,
      String region,
      LocalDate date,
      Boolean baseline,
      Boolean followUp,
      String gender) {}

  /** One counts row; {@code band} and {@code region} may be null (blank or no column). */
  record CountModel(String activity, String outcome, String band, String region, int count) {}
}

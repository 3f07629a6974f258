package org.impactkit.read.table;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a table's headers mean beyond the spec's names and aliases (SPEC §4.2): the headers a user maps
 * to spec columns ({@code columns:} in evaluation.yaml), and the columns named as deliberate breakdowns
 * ({@code report.breakdowns}, {@code report.crossTabs}), which are never taken for a misnamed spec column.
 *
 * @param kind the kind of table as evaluation.yaml names it under {@code columns:}, e.g. {@code participants}
 * @param headerByField the header, as written in the file, to read for each spec column
 * @param breakdowns headers meant as breakdown dimensions
 */
public record ColumnMapping(String kind, Map<String, String> headerByField, Set<String> breakdowns) {
  public ColumnMapping {
    headerByField = Map.copyOf(headerByField);
    breakdowns = breakdowns.stream().map(Columns::normalise).collect(Collectors.toUnmodifiableSet());
  }

  /** No mapping: the spec's names and aliases only. */
  public static ColumnMapping none(String kind) {
    return new ColumnMapping(kind, Map.of(), Set.of());
  }
}

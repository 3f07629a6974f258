package org.impactkit.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;

/**
 * What to calculate: an evaluation folder and/or explicit files, and settings that override
 * {@code evaluation.yaml}. Build with {@link #builder()}; unset values ({@code null}) leave the
 * file's setting or the default in place.
 *
 * @param directory the evaluation folder, or {@code null}
 * @param config {@code evaluation.yaml}, or {@code null} to look in the folder
 * @param activities the activities file, or {@code null} to look in the folder
 * @param participants participant files (merged), or empty to look in the folder
 * @param counts counts files, or empty to look in the folder
 * @param bank a bundled bank id or a bank file path
 * @param period the evaluation period
 * @param region the default region
 * @param deadweight {@code false} to switch deadweight off
 * @param conflicts the conflicts policy
 * @param skipInvalid {@code true} to leave out invalid rows and list them
 */
public record EvaluationRequest(
    Path directory,
    Path config,
    Path activities,
    List<Path> participants,
    List<Path> counts,
    String bank,
    Period period,
    String region,
    Boolean deadweight,
    ConflictPolicy conflicts,
    Boolean skipInvalid) {

  public EvaluationRequest {
    participants = participants == null ? List.of() : List.copyOf(participants);
    counts = counts == null ? List.of() : List.copyOf(counts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationRequest}. */
  public static final class Builder {
    private Path directory;
    private Path config;
    private Path activities;
    private final List<Path> participants = new ArrayList<>();
    private final List<Path> counts = new ArrayList<>();
    private String bank;
    private Period period;
    private String region;
    private Boolean deadweight;
    private ConflictPolicy conflicts;
    private Boolean skipInvalid;

    private Builder() {}

    public Builder directory(Path dir) {
      this.directory = dir;
      return this;
    }

    public Builder config(Path file) {
      this.config = file;
      return this;
    }

    public Builder activities(Path file) {
      this.activities = file;
      return this;
    }

    public Builder participants(Path file) {
      this.participants.add(file);
      return this;
    }

    public Builder counts(Path file) {
      this.counts.add(file);
      return this;
    }

    public Builder bank(String idOrPath) {
      this.bank = idOrPath;
      return this;
    }

    public Builder period(Period period) {
      this.period = period;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder deadweight(Boolean apply) {
      this.deadweight = apply;
      return this;
    }

    public Builder conflicts(ConflictPolicy policy) {
      this.conflicts = policy;
      return this;
    }

    public Builder skipInvalid(Boolean skip) {
      this.skipInvalid = skip;
      return this;
    }

    public EvaluationRequest build() {
      return new EvaluationRequest(directory, config, activities, participants, counts, bank, period, region,
          deadweight, conflicts, skipInvalid);
    }
  }
}

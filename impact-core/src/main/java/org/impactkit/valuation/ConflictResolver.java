package org.impactkit.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.Diagnostics;
import org.impactkit.model.RowRef;
import org.impactkit.model.SourceFile;
import org.impactkit.valuation.internal.ParticipantTable;
import org.impactkit.valuation.internal.PendingClaims;

/**
 * SPEC §5.1 step 4, once every row is in: for each participant, orders the claims that may conflict by
 * the policy (value, ties by outcome id; or input order) and keeps each one that conflicts with none
 * already kept. Dropped claims are not claimed ({@code conflict}), or under the {@code error} policy
 * each is an error naming both lines.
 */
final class ConflictResolver {
  private final ValueBank bank;
  private final ConflictPolicy policy;
  private final UnitValues unitValues;
  private final ParticipantTable people;
  private final PendingClaims pending;
  private final List<SourceFile> files;
  private final Diagnostics diagnostics;
  private final Claims claims;
  private final int regions;
  private final int bands;
  /** The unit social value of each outcome × region × band, worked out when first compared. */
  private BigDecimal[] unitSocialCache;

  /**
   * @param files the files rows came from, by the number the pending claims carry
   */
  ConflictResolver(ValueBank bank, ConflictPolicy policy, UnitValues unitValues, ParticipantTable people,
      List<SourceFile> files, Diagnostics diagnostics, Claims claims) {
    this.bank = bank;
    this.policy = policy;
    this.unitValues = unitValues;
    this.people = people;
    this.pending = people.pending();
    this.files = files;
    this.diagnostics = diagnostics;
    this.claims = claims;
    this.regions = bank.regions().size();
    this.bands = bank.ageBands().size();
  }

  /** Counts the claims kept, and the ones dropped as not claimed or as errors. */
  void resolve() {
    Comparator<Integer> order = switch (policy) {
      case LOWEST -> Comparator.comparing(this::unitSocial).thenComparing(this::outcomeId);
      case HIGHEST -> Comparator.comparing(this::unitSocial).reversed().thenComparing(this::outcomeId);
      // Cells are numbered in the order claims were added, which is row order.
      case FIRST, ERROR -> Comparator.naturalOrder();
    };
    List<Integer> group = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    people.forEachPendingGroup((cells, n) -> {
      group.clear();
      kept.clear();
      for (int i = 0; i < n; i++) {
        group.add(cells[i]);
      }
      group.sort(order);
      for (int claim : group) {
        Integer clash = null;
        for (int k : kept) {
          if (bank.conflict(outcomeId(k), outcomeId(claim))) {
            clash = k;
            break;
          }
        }
        if (clash == null) {
          kept.add(claim);
        } else if (policy == ConflictPolicy.ERROR) {
          RowRef ref = new RowRef(files.get(pending.file(claim)), pending.line(claim));
          String other = new RowRef(files.get(pending.file(clash)), pending.line(clash)).where();
          diagnostics.add(Diagnostic.error(ref, "outcome", "outcome '" + outcomeId(claim) + "' conflicts with outcome '"
              + outcomeId(clash) + "' claimed for the same participant" + (other == null ? "" : " on " + other)
              + "; the conflicts policy is 'error' (choose lowest, highest or first to resolve it)"));
        } else {
          claims.notClaimed(NotClaimedReason.CONFLICT);
        }
      }
      kept.forEach(this::keep);
    }, this::keep);
  }

  private void keep(int cell) {
    claims.add(pending.activity(cell), pending.outcome(cell), pending.region(cell), pending.band(cell), 1, true);
  }

  private BigDecimal unitSocial(int cell) {
    if (unitSocialCache == null) {
      unitSocialCache = new BigDecimal[bank.outcomes().size() * regions * bands];
    }
    int o = pending.outcome(cell);
    int key = (o * regions + pending.region(cell)) * bands + pending.band(cell);
    BigDecimal v = unitSocialCache[key];
    if (v == null) {
      v = unitValues.unitSocial(bank.outcomes().get(o), bank.regions().get(pending.region(cell)),
          bank.ageBands().get(pending.band(cell)));
      unitSocialCache[key] = v;
    }
    return v;
  }

  private String outcomeId(int cell) {
    return bank.outcomes().get(pending.outcome(cell)).id();
  }
}

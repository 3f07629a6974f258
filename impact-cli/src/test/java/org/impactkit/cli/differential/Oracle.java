package org.impactkit.cli.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.impactkit.cli.differential.EvaluationModel.ActivityModel;
import org.impactkit.cli.differential.EvaluationModel.CountModel;
import org.impactkit.cli.differential.EvaluationModel.RowModel;

/**
 * A plain, second implementation of SPEC §4.4 (age band precedence) and §5.1–§5.3 (rows to claims,
 * valuing a claim with its region precedence, totals), written from the spec text alone. It works on the
 * {@link EvaluationModel}, exact in {@link BigDecimal}; rounding is left to the comparison.
 */
final class Oracle {
  static final List<String> REASONS =
      List.of("outside-period", "achieved-at-baseline", "not-achieved-at-follow-up", "duplicate", "conflict");

  private final EvaluationModel m;
  private final BankModel bank;
  private final Expected x;

  private Oracle(EvaluationModel m) {
    this.m = m;
    this.bank = m.bank();
    this.x = new Expected();
  }

  static Expected calculate(EvaluationModel m) {
    return new Oracle(m).run();
  }

  /** A claim that survived steps 1–3 of §5.1, with what valuing it needs. */
  private record Claim(int order, String participant, String activity, String outcome, String region, String band,
      BigDecimal gross, BigDecimal unitSocial) {}

  private Expected run() {
    for (BankModel.BandModel b : bank.bands()) {
      x.byBand.put(b.id(), new Expected.Figures());
    }
    for (ActivityModel a : m.activities()) {
      Expected.ActivityFigures af = new Expected.ActivityFigures(a.name() == null ? a.id() : a.name(), a.budget());
      for (BankModel.BandModel b : bank.bands()) {
        af.byBand.put(b.id(), new Expected.Figures());
      }
      x.byActivity.put(a.id(), af);
      x.investment = x.investment.add(a.budget());
      if (a.partner() != null) {
        Expected.PartnerFigures pf = x.byPartner.computeIfAbsent(a.partner(), k -> new Expected.PartnerFigures());
        pf.investment = pf.investment.add(a.budget());
      }
    }
    for (String reason : REASONS) {
      x.notClaimed.put(reason, 0L);
    }

    Map<String, List<Claim>> byParticipant = new LinkedHashMap<>();
    Set<List<String>> claimed = new HashSet<>();
    int order = 0;
    for (RowModel row : m.rows()) {
      String band = band(row);
      // §5.1 step 1, the period, first: a row dated outside it is no claim and no engagement in the period
      // (docs/method.md: a file of several years read for one must not count every year's people).
      if (m.hasPeriod() && row.date() != null && (row.date().isBefore(m.from()) || row.date().isAfter(m.to()))) {
        if (row.outcome() != null) {
          notClaimed("outside-period");
        } else {
          rule("engaged row outside the period");
        }
        continue;
      }
      // §5.3: participants are the distinct ids of the rows counted, per band those with a row in it.
      x.total.participants.add(row.participant());
      x.byBand.get(band).participants.add(row.participant());
      Expected.ActivityFigures af = x.byActivity.get(row.activity());
      af.figures.participants.add(row.participant());
      af.byBand.get(band).participants.add(row.participant());
      if (row.gender() != null) {
        x.byGender.computeIfAbsent(row.gender(), k -> new HashSet<>()).add(row.participant());
      }
      if (row.outcome() == null) {
        rule("engaged row without outcome");
        continue; // engaged, no outcome: headcount only, never a claim
      }
      // step 2: evidence
      if (Boolean.TRUE.equals(row.baseline())) {
        notClaimed("achieved-at-baseline");
        continue;
      }
      if (Boolean.FALSE.equals(row.followUp())) {
        notClaimed("not-achieved-at-follow-up");
        continue;
      }
      // step 3: one claim per (participant, outcome)
      if (!claimed.add(List.of(row.participant(), row.outcome()))) {
        notClaimed("duplicate");
        continue;
      }
      String region = region(row.region(), row.activity());
      BigDecimal gross = bank.outcome(row.outcome()).value(region, band);
      byParticipant.computeIfAbsent(row.participant(), k -> new ArrayList<>())
          .add(new Claim(order++, row.participant(), row.activity(), row.outcome(), region, band, gross,
              unitSocial(row.outcome(), gross)));
    }

    // step 4: conflicts, per participant
    for (List<Claim> claims : byParticipant.values()) {
      List<Claim> ordered = new ArrayList<>(claims);
      ordered.sort(policyOrder());
      List<Claim> kept = new ArrayList<>();
      for (Claim c : ordered) {
        if (kept.stream().anyMatch(k -> bank.conflict(k.outcome(), c.outcome()))) {
          notClaimed("conflict");
          rule("conflict resolved by " + m.effectivePolicy());
          if (!m.effectivePolicy().equals("first") && kept.stream().anyMatch(
              k -> bank.conflict(k.outcome(), c.outcome()) && k.unitSocial().compareTo(c.unitSocial()) == 0)) {
            rule("conflict tie broken by outcome id");
          }
        } else {
          kept.add(c);
        }
      }
      kept.sort(Comparator.comparingInt(Claim::order));
      for (Claim c : kept) {
        x.recordClaims.merge(c.outcome(), 1L, Long::sum);
        add(c.activity(), c.outcome(), c.region(), c.band(), 1, c.gross(), c.unitSocial());
      }
    }

    // counts rows become that many claims directly
    for (CountModel c : m.counts()) {
      rule("counts row");
      String band = c.band() == null ? BankModel.UNKNOWN : c.band();
      String region = region(c.region(), c.activity());
      BigDecimal gross = bank.outcome(c.outcome()).value(region, band);
      add(c.activity(), c.outcome(), region, band, c.count(), gross, unitSocial(c.outcome(), gross));
    }
    return x;
  }

  /** §5.1 step 4: lowest/highest by unit social value, ties by outcome id; first by input order. */
  private Comparator<Claim> policyOrder() {
    Comparator<Claim> byId = Comparator.comparing(Claim::outcome);
    return switch (m.effectivePolicy()) {
      case "lowest" -> Comparator.comparing(Claim::unitSocial).thenComparing(byId);
      case "highest" -> Comparator.comparing(Claim::unitSocial).reversed().thenComparing(byId);
      case "first" -> Comparator.comparingInt(Claim::order);
      default -> throw new IllegalStateException(m.effectivePolicy());
    };
  }

  /** §5.2 with no adjustments configured: unitSocial = gross × (1 − deadweight); --no-deadweight: gross. */
  private BigDecimal unitSocial(String outcome, BigDecimal gross) {
    return m.deadweight() ? gross.multiply(BigDecimal.ONE.subtract(bank.deadweight(outcome))) : gross;
  }

  /** §4.4: age_band, else age, else date_of_birth (age at the row's date, else at the period start); else unknown. */
  private String band(RowModel row) {
    if (row.band() != null) {
      rule(row.age() != null ? "band from age_band, age agreeing" : "band from age_band");
      return row.band();
    }
    if (row.age() != null) {
      rule(row.dob() != null ? "band from age over date_of_birth" : "band from age");
      return bank.bandOfAge(row.age());
    }
    if (row.dob() != null) {
      rule(row.date() != null ? "band from date_of_birth at date" : "band from date_of_birth at period start");
      LocalDate at = row.date() != null ? row.date() : m.from();
      return bank.bandOfAge(Period.between(row.dob(), at).getYears());
    }
    rule("band unknown, no age data");
    return BankModel.UNKNOWN;
  }

  /** §5.2: the row's region, else the activity's, else the evaluation default, else the bank's only region. */
  private String region(String rowRegion, String activity) {
    if (rowRegion != null) {
      rule("region from row");
      return rowRegion;
    }
    String own = m.activity(activity).region();
    if (own != null) {
      rule("region from activity");
      return own;
    }
    if (m.defaultRegion() != null) {
      rule("region from --region");
      return m.defaultRegion();
    }
    if (bank.regions().size() == 1) {
      rule("region: the bank's only region");
      return bank.regions().get(0).id();
    }
    throw new IllegalStateException("generator made a claim without a region");
  }

  private void rule(String name) {
    x.rules.merge(name, 1L, Long::sum);
  }

  private void notClaimed(String reason) {
    x.notClaimed.merge(reason, 1L, Long::sum);
  }

  private void add(String activity, String outcome, String region, String band, int n, BigDecimal gross,
      BigDecimal unitSocial) {
    BigDecimal g = gross.multiply(BigDecimal.valueOf(n));
    BigDecimal s = unitSocial.multiply(BigDecimal.valueOf(n));
    Expected.ActivityFigures af = x.byActivity.get(activity);
    Expected.OutcomeFigures of = x.byOutcome.computeIfAbsent(outcome, k -> {
      Expected.OutcomeFigures f = new Expected.OutcomeFigures(bank.outcome(k).name());
      for (BankModel.BandModel b : bank.bands()) {
        f.byBand.put(b.id(), new Expected.Figures());
      }
      return f;
    });
    List<Expected.Figures> groups = new ArrayList<>(List.of(x.total, x.byBand.get(band), af.figures,
        af.byBand.get(band), of.figures, of.byBand.get(band),
        x.byRegion.computeIfAbsent(region, k -> new Expected.Figures())));
    String partner = m.activity(activity).partner();
    if (partner != null) {
      groups.add(x.byPartner.get(partner).figures);
    }
    for (Expected.Figures f : groups) {
      f.claims += n;
      f.gross = f.gross.add(g);
      f.social = f.social.add(s);
    }
  }

  /** The oracle's figures, unrounded. */
  static final class Expected {
    BigDecimal investment = BigDecimal.ZERO;
    final Figures total = new Figures();
    final Map<String, Figures> byBand = new LinkedHashMap<>();
    final Map<String, ActivityFigures> byActivity = new LinkedHashMap<>();
    final Map<String, OutcomeFigures> byOutcome = new HashMap<>();
    final Map<String, Long> notClaimed = new LinkedHashMap<>();
    final Map<String, Figures> byRegion = new HashMap<>();
    final Map<String, PartnerFigures> byPartner = new HashMap<>();
    /** Distinct participants per value of the breakdown column {@code gender} (headcounts, §5.3). */
    final Map<String, Set<String>> byGender = new HashMap<>();
    /** Claims from participant records (not counts rows) per outcome. */
    final Map<String, Long> recordClaims = new HashMap<>();
    /** How often each rule fired, for the generator's coverage test. */
    final Map<String, Long> rules = new TreeMap<>();

    /** Claims, values and distinct participants of one group. */
    static final class Figures {
      long claims;
      BigDecimal gross = BigDecimal.ZERO;
      BigDecimal social = BigDecimal.ZERO;
      final Set<String> participants = new HashSet<>();
    }

    /** One activity: its name and budget, figures and figures per band. */
    static final class ActivityFigures {
      final String name;
      final BigDecimal investment;
      final Figures figures = new Figures();
      final Map<String, Figures> byBand = new LinkedHashMap<>();

      ActivityFigures(String name, BigDecimal investment) {
        this.name = name;
        this.investment = investment;
      }
    }

    /** One partner (delivering organisation): the budgets of its activities and their claims. */
    static final class PartnerFigures {
      BigDecimal investment = BigDecimal.ZERO;
      final Figures figures = new Figures();
    }

    /** One outcome: its name, figures and figures per band. */
    static final class OutcomeFigures {
      final String name;
      final Figures figures = new Figures();
      final Map<String, Figures> byBand = new LinkedHashMap<>();

      OutcomeFigures(String name) {
        this.name = name;
      }
    }
  }
}

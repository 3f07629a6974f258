package org.impactkit.report.xlsx;

import org.impactkit.report.internal.ReportText;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.report.internal.Rounding;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.OutcomeFactors;

/**
 * The Projection sheet of a calculation with SROI adjustments (SPEC §5.2): the value of each outcome in
 * each year of its duration after drop-off, the discount factor of each year, and the present value,
 * which adds up to the social value on the other sheets.
 */
final class ProjectionSheet {
  static final String NAME = "Projection";

  private final CalculationResult r;
  private final XlsxStyles st;
  private final String currency;

  private ProjectionSheet(CalculationResult r, XlsxStyles st) {
    this.r = r;
    this.st = st;
    this.currency = r.bank().info().currency();
  }

  /** Whether the calculation spreads or discounts value over years, so a projection says something. */
  static boolean needed(CalculationResult r) {
    return r.settings().hasSroiAdjustments()
        || r.settings().discounting().convention() != Discounting.Convention.YEAR_ZERO;
  }

  static void write(SheetWriter s, CalculationResult r, XlsxStyles st) {
    new ProjectionSheet(r, st).write(s);
  }

  private void write(SheetWriter s) {
    Discounting d = r.settings().discounting();
    int years = r.byOutcome().stream().mapToInt(o -> o.factors().adjustments().duration()).max().orElse(1);
    List<BigDecimal> factors = new ArrayList<>();
    for (int t = 1; t <= years; t++) {
      factors.add(d.factor(t));
    }
    // value of each outcome in each year: gross × (1 − deadweight) × (1 − displacement) × (1 − attribution)
    // × (1 − drop-off)^(t − 1), for the years of its duration
    List<BigDecimal[]> values = new ArrayList<>();
    BigDecimal[] yearTotals = new BigDecimal[years];
    java.util.Arrays.fill(yearTotals, BigDecimal.ZERO);
    for (OutcomeFigures o : r.byOutcome()) {
      OutcomeFactors f = o.factors();
      BigDecimal base = o.grossValue().multiply(BigDecimal.ONE.subtract(f.deadweight()))
          .multiply(BigDecimal.ONE.subtract(f.adjustments().displacement()))
          .multiply(BigDecimal.ONE.subtract(f.adjustments().attribution()));
      BigDecimal retained = BigDecimal.ONE.subtract(f.adjustments().dropOff());
      BigDecimal[] row = new BigDecimal[years];
      for (int t = 1; t <= years; t++) {
        row[t - 1] = t <= f.adjustments().duration() ? base.multiply(retained.pow(t - 1)) : BigDecimal.ZERO;
        yearTotals[t - 1] = yearTotals[t - 1].add(row[t - 1]);
      }
      values.add(row);
    }

    s.text(0, 0, "Value over time: each year's value after drop-off, discounted at "
        + org.impactkit.report.internal.Formats.percent(d.rate()) + " (" + d.convention().id() + ")", st.heading);
    int head = 2;
    String[] headers = {"Year", "Value in the year", "Discount factor", "Present value"};
    for (int c = 0; c < headers.length; c++) {
      s.header(head, c, headers[c]);
    }
    int first = head + 1;
    BigDecimal totalPv = BigDecimal.ZERO;
    for (int t = 1; t <= years; t++) {
      int row = head + t;
      BigDecimal value = yearTotals[t - 1];
      BigDecimal pv = value.multiply(factors.get(t - 1));
      totalPv = totalPv.add(pv);
      s.text(row, 0, "Year " + t);
      // unrounded, so that Excel's product and sum give back the engine's figures (shown to the penny)
      s.number(row, 1, value.doubleValue(), st.money, money(value));
      s.number(row, 2, factors.get(t - 1).doubleValue(), st.factor, Rounding.fractionText(factors.get(t - 1)));
      s.formula(row, 3, SheetWriter.cell(row, 1) + "*" + SheetWriter.cell(row, 2), pv.doubleValue(), st.money,
          money(pv));
    }
    int total = head + years + 1;
    s.text(total, 0, "Total", st.bold);
    s.formula(total, 3, "SUM(" + SheetWriter.cell(first, 3) + ":" + SheetWriter.cell(total - 1, 3) + ")",
        totalPv.doubleValue(), st.moneyTotal, money(totalPv));

    int outcomesHead = total + 3;
    s.text(outcomesHead - 1, 0, "By outcome", st.heading);
    s.header(outcomesHead, 0, "Outcome");
    for (int t = 1; t <= years; t++) {
      s.header(outcomesHead, t, "Year " + t);
    }
    s.header(outcomesHead, years + 1, "Present value");
    for (int i = 0; i < values.size(); i++) {
      OutcomeFigures o = r.byOutcome().get(i);
      int row = outcomesHead + 1 + i;
      s.text(row, 0, o.outcome().name(), st.wrap);
      for (int t = 1; t <= years; t++) {
        BigDecimal v = values.get(i)[t - 1];
        s.number(row, t, v.doubleValue(), st.money, money(v));
      }
      s.number(row, years + 1, o.socialValue().doubleValue(), st.money, money(o.socialValue()));
    }
    s.cap(0, 50);
    s.applyWidths(Math.max(headers.length, years + 2));
    s.sheet.createFreezePane(0, head + 1);
    s.print(ReportText.title(r), head);
  }

  private String money(BigDecimal v) {
    return org.impactkit.report.internal.Formats.money(v, currency);
  }
}

package org.impactkit.report.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.impactkit.valuation.Rounding;
import org.impactkit.report.internal.DiscountingText;
import org.impactkit.valuation.Formats;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.OutcomeFigures;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.OutcomeFactors;
import org.impactkit.valuation.Rounding;

/**
 * The Projection sheet of a calculation with SROI adjustments (SPEC §5.2): the value of each outcome in
 * each year of its duration after drop-off, the discount factor of each year, and the present value,
 * which adds up to the social value on the other sheets.
 *
 * <p>Its figures are written unrounded, so that Excel's products and sums give back the engine's
 * figures (shown to the penny).
 */
final class ProjectionSheet {
  static final String NAME = "Projection";

  private static final List<String> YEAR_HEADERS = List.of("Year", "Value in the year", "Discount factor",
      "Present value");
  /** The year table's header row; the title and a blank row are above it. */
  private static final int HEAD = 2;

  private ProjectionSheet() {}

  /** Whether the calculation spreads or discounts value over years, so a projection says something. */
  static boolean needed(CalculationResult r) {
    return r.settings().hasSroiAdjustments()
        || r.settings().discounting().convention() != Discounting.Convention.YEAR_ZERO;
  }

  static void write(XlsxKit kit, Sheet sheet, CalculationResult r) {
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    Discounting d = r.settings().discounting();
    int years = r.byOutcome().stream().mapToInt(o -> o.factors().adjustments().duration()).max().orElse(1);
    List<BigDecimal[]> values = r.byOutcome().stream().map(o -> valueByYear(o, years)).toList();
    List<BigDecimal> factors = discountFactors(r, values, d, years);

    s.text(0, 0, "Value over time: each year's value after drop-off, discounted " + DiscountingText.discountWords(r),
        st.heading());
    s.headers(HEAD, YEAR_HEADERS);
    int first = HEAD + 1;
    BigDecimal totalPv = BigDecimal.ZERO;
    for (int t = 1; t <= years; t++) {
      int row = HEAD + t;
      BigDecimal value = BigDecimal.ZERO;
      for (BigDecimal[] outcome : values) {
        value = value.add(outcome[t - 1]);
      }
      BigDecimal factor = factors.get(t - 1);
      BigDecimal pv = value.multiply(factor);
      totalPv = totalPv.add(pv);
      s.text(row, 0, "Year " + t);
      s.exactMoney(row, 1, value, st.money());
      s.number(row, 2, CellNumbers.exact(factor), st.factor(), Rounding.fractionText(factor));
      s.formula(row, 3, Refs.cell(row, 1) + "*" + Refs.cell(row, 2), CellNumbers.exact(pv), st.money(),
          kit.moneyText(pv));
    }
    int total = HEAD + years + 1;
    s.text(total, 0, "Total", st.bold());
    s.formula(total, 3, Formulas.columnSum(3, first, total - 1), CellNumbers.exact(totalPv), st.moneyTotal(),
        kit.moneyText(totalPv));

    int outcomesHead = total + 3;
    s.text(outcomesHead - 1, 0, "By outcome", st.heading());
    s.header(outcomesHead, 0, "Outcome");
    for (int t = 1; t <= years; t++) {
      s.header(outcomesHead, t, "Year " + t);
    }
    s.header(outcomesHead, years + 1, "Present value");
    for (int i = 0; i < values.size(); i++) {
      OutcomeFigures o = r.byOutcome().get(i);
      int row = outcomesHead + 1 + i;
      s.text(row, 0, o.outcome().name(), st.wrap());
      for (int t = 1; t <= years; t++) {
        s.exactMoney(row, t, values.get(i)[t - 1], st.money());
      }
      s.exactMoney(row, years + 1, o.socialValue(), st.money());
    }
    s.cap(0, 50);
    s.applyWidths(Math.max(YEAR_HEADERS.size(), years + 2));
    s.sheet.createFreezePane(0, HEAD + 1);
    s.print(HEAD);
  }

  /**
   * Each year's discount factor {@code D(e(t))}. Where outcomes are discounted by different schedules
   * (SPEC §5.6: health for WELLBY values), the year's factor is the one its outcomes' values give
   * together, {@code Σ value × D_outcome / Σ value}, so that value × factor is still the year's present
   * value.
   */
  private static List<BigDecimal> discountFactors(CalculationResult r, List<BigDecimal[]> values, Discounting d,
      int years) {
    List<BigDecimal> factors = new ArrayList<>();
    for (int t = 1; t <= years; t++) {
      BigDecimal value = BigDecimal.ZERO;
      BigDecimal pv = BigDecimal.ZERO;
      for (int i = 0; i < values.size(); i++) {
        value = value.add(values.get(i)[t - 1]);
        pv = pv.add(values.get(i)[t - 1].multiply(r.byOutcome().get(i).factors().discounting().factor(t)));
      }
      factors.add(value.signum() == 0 ? d.factor(t) : pv.divide(value, MathContext.DECIMAL128));
    }
    return factors;
  }

  /**
   * An outcome's value in each year: gross × (1 − deadweight) × (1 − displacement) × (1 − attribution) ×
   * (1 − drop-off)^(t − 1) for the years of its duration, 0 after.
   */
  private static BigDecimal[] valueByYear(OutcomeFigures o, int years) {
    OutcomeFactors f = o.factors();
    BigDecimal base = o.grossValue().multiply(BigDecimal.ONE.subtract(f.deadweight()))
        .multiply(BigDecimal.ONE.subtract(f.adjustments().displacement()))
        .multiply(BigDecimal.ONE.subtract(f.adjustments().attribution()));
    BigDecimal retained = BigDecimal.ONE.subtract(f.adjustments().dropOff());
    BigDecimal[] row = new BigDecimal[years];
    for (int t = 1; t <= years; t++) {
      row[t - 1] = t <= f.adjustments().duration() ? base.multiply(retained.pow(t - 1)) : BigDecimal.ZERO;
    }
    return row;
  }
}

package org.impactkit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impactkit.internal.Formats;
import org.impactkit.report.internal.ReportText;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.TippingPoint;

/** The short summary printed after an SROI: headline figures and the closest tipping points. */
final class SroiSummary {
  /** How many tipping points the summary shows. */
  static final int TOP = 5;

  private SroiSummary() {}

  static void print(SroiResult r, PrintWriter out) {
    out.println((r.map().name() == null ? "Impact map" : r.map().name()) + " — SROI");
    String currency = r.map().currency();
    String unit = Formats.unit(currency);
    out.println("Discounting " + ReportText.schedule(r.discounting().schedule()) + ", "
        + r.discounting().convention().id()
        + (r.discounting().convention() == org.impactkit.valuation.Discounting.Convention.YEAR_ZERO
            ? " (year 1 not discounted)" : " (every year discounted, year 1 included)"));
    out.println();
    List<String[]> head = new ArrayList<>();
    head.add(new String[] {"Present value", Formats.money(r.presentValue(), currency)});
    head.add(new String[] {"Investment", Formats.money(r.investment(), currency)});
    head.add(new String[] {"Return", r.ratio() == null ? "n/a (no investment)"
        : Formats.perPound(r.ratio(), currency) + " of social value for every " + unit + " invested"});
    head.add(new String[] {"Net present value", Formats.money(r.netPresentValue(), currency)});
    head.add(new String[] {"Net return", r.netRatio() == null ? "n/a" : Formats.perPound(r.netRatio(), currency)
        + " per " + unit});
    head.add(new String[] {"Payback", r.paybackMonths() == null ? "none (no value in year 1)"
        : r.paybackMonths().setScale(1, RoundingMode.HALF_UP).toPlainString() + " months"});
    int w = head.stream().mapToInt(x -> x[0].length()).max().orElse(0);
    for (String[] row : head) {
      out.println("  " + row[0] + " ".repeat(w - row[0].length()) + "  " + row[1]);
    }
    tippingPoints(r, out);
    sensitivity(r, out);
  }

  private static void tippingPoints(SroiResult r, PrintWriter out) {
    String unit = Formats.unit(r.map().currency());
    List<TippingPoint> closest = r.tippingPoints().stream().filter(TippingPoint::exists)
        .sorted(Comparator.comparing(TippingPoint::distance)).limit(TOP).toList();
    out.println();
    if (r.ratio() == null) {
      out.println("  Tipping points: none, as nothing was invested there is no ratio to bring to " + unit + " per "
          + unit + ".");
      return;
    }
    if (closest.isEmpty()) {
      out.println("  Tipping points: none. No single deadweight, displacement, attribution, drop-off or proxy");
      out.println("  within its valid range brings the ratio down to " + unit + " per " + unit + ".");
      return;
    }
    out.println("  Closest tipping points (the value that brings the ratio to " + unit + " per " + unit
        + ", all else unchanged):");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Stakeholder", "Outcome", "Assumption", "Now", "Break-even"});
    for (TippingPoint t : closest) {
      rows.add(new String[] {t.row().stakeholder(), t.row().outcome(), t.parameter().label(),
          value(t, t.current(), r.map().currency()), value(t, t.breakEven(), r.map().currency())});
    }
    Table.print(rows, out, 3);
  }

  private static void sensitivity(SroiResult r, PrintWriter out) {
    List<Scenario> widest = r.scenarios().stream()
        .sorted(Comparator.comparing((Scenario s) -> s.maxRatio().subtract(s.minRatio())).reversed())
        .limit(3).toList();
    if (widest.isEmpty()) {
      return;
    }
    out.println();
    out.println("  Most sensitive assumptions (each changed by ±25%, one at a time):");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Assumption", "Stakeholder: outcome", "Ratio range"});
    for (Scenario s : widest) {
      rows.add(new String[] {s.label(), s.row() == null ? "(all)" : s.row().label(),
          Formats.perPound(s.minRatio(), r.map().currency()) + " to "
              + Formats.perPound(s.maxRatio(), r.map().currency())});
    }
    Table.print(rows, out, 2);
  }

  private static String value(TippingPoint t, BigDecimal v, String currency) {
    return t.parameter().isPercentage() ? Formats.percent(v.setScale(4, RoundingMode.HALF_UP))
        : Formats.money(v, currency);
  }
}

package org.impactkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.impactkit.valuation.Formats;
import org.impactkit.report.ReportModel;
import org.impactkit.valuation.CalculationResult;
import org.impactkit.valuation.CalculationResult.BandFigures;
import org.impactkit.valuation.CalculationResult.NotClaimedCount;
import org.impactkit.valuation.CalculationResult.Totals;
import org.impactkit.valuation.NotClaimedReason;
import org.impactkit.valuation.ValuationSettings;

/** The short summary printed after a calculation: headline figures and a table by age band. */
final class SummaryPrinter {
  private SummaryPrinter() {}

  static void print(CalculationResult r, PrintWriter out) {
    ValuationSettings s = r.settings();
    String currency = r.bank().info().currency();
    Totals t = r.totals();
    StringBuilder heading = new StringBuilder(s.title() != null ? s.title() : s.name() != null ? s.name() : "Evaluation");
    if (s.organisation() != null) {
      heading.append(" — ").append(s.organisation());
    }
    out.println(heading);
    if (s.period() != null) {
      out.println("Period " + s.period().start() + " to " + s.period().end());
    }
    out.println("Bank " + r.bank().id() + " " + r.bank().info().version() + " (" + r.bank().info().priceYear()
        + " prices)" + (r.priceYear().report() == r.bank().info().priceYear() ? ""
            : "; figures in " + r.priceYear().report() + " prices"));
    out.println();
    List<String[]> head = new ArrayList<>();
    String range = ReportModel.of(r).range();
    head.add(new String[] {"Social value", Formats.money(t.socialValue(), currency)
        + (range == null ? "" : " (" + range + ")")});
    head.add(new String[] {"Investment", Formats.money(t.investment(), currency)});
    head.add(new String[] {"Return", t.ratio() == null ? "n/a (no investment)"
        : Formats.perPound(t.ratio(), currency) + " of social value for every " + Formats.unit(currency) + " invested"});
    head.add(new String[] {"Net social value", Formats.money(t.netSocialValue(), currency)});
    head.add(new String[] {"Participants", Formats.count(t.participants())});
    head.add(new String[] {"Claims", Formats.count(t.claims())});
    if (r.simulation() != null) {
      var m = r.simulation();
      head.add(new String[] {"Simulation", Formats.money(m.p5(), currency) + " to " + Formats.money(m.p95(), currency)
          + " (5th to 95th percentile; median " + Formats.money(m.p50(), currency) + "; " + Formats.count(m.runs())
          + " runs, seed " + m.seed() + ")"});
    }
    int w = head.stream().mapToInt(x -> x[0].length()).max().orElse(0);
    for (String[] row : head) {
      out.println("  " + pad(row[0], w) + "  " + row[1]);
    }
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Age band", "Participants", "Claims", "Social value"});
    for (BandFigures b : r.byAgeBand()) {
      rows.add(new String[] {b.band().label(), Formats.count(b.participants()), Formats.count(b.claims()),
          Formats.money(b.socialValue(), currency)});
    }
    Table.print(rows, out, 1);
    long notClaimed = r.notClaimed().stream().mapToLong(NotClaimedCount::count).sum();
    if (notClaimed > 0) {
      List<String> parts = new ArrayList<>();
      for (NotClaimedCount n : r.notClaimed()) {
        if (n.count() > 0) {
          parts.add(n.reason().id() + " " + Formats.count(n.count()));
        }
      }
      out.println();
      out.println("  Not claimed: " + Formats.count(notClaimed) + " rows (" + String.join(", ", parts) + ")");
    }
    long skipped = r.notClaimed().stream().filter(n -> n.reason() == NotClaimedReason.INVALID_ROW)
        .mapToLong(NotClaimedCount::count).sum();
    if (skipped > 0) {
      out.println("  Skipped " + Formats.count(skipped) + (skipped == 1 ? " invalid row" : " invalid rows")
          + " (--skip-invalid); each is listed with its file, line and problem above, on the workbook's Not claimed"
          + " sheet, in the JSON's diagnostics and in the CSV report's skipped-rows.csv");
    }
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

}

package org.impactkit.report.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.ImpactMapRow;
import org.impactkit.model.Investment;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.internal.SroiText;
import org.impactkit.sroi.SroiCalculator;
import org.impactkit.sroi.SroiResult;
import org.impactkit.sroi.SroiResult.Case;
import org.impactkit.sroi.SroiResult.OutcomeFigures;
import org.impactkit.sroi.SroiResult.Scenario;
import org.impactkit.sroi.SroiResult.StakeholderFigures;
import org.impactkit.sroi.SroiResult.TippingPoint;
import org.impactkit.sroi.SroiResult.YearFigures;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Formats;

/** Writes an {@link SroiResult} as a Markdown report, for pasting into a funding bid or a README. */
public final class SroiMarkdown {
  private final PrintWriter w;
  /** The impact map's currency (SPEC §6): every figure and "per £1" is written in it. */
  private final String currency;

  private SroiMarkdown(PrintWriter w, String currency) {
    this.w = w;
    this.currency = currency;
  }

  /** Writes the report in UTF-8. The stream is left open. */
  public static void write(SroiResult result, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    new SroiMarkdown(w, result.map().currency()).report(result);
    w.flush();
  }

  private void report(SroiResult r) {
    w.print("# " + cell(r.map().name() == null ? "Impact map" : r.map().name())
        + ": social return on investment\n\n");
    w.print("| Figure | Value |\n|---|---:|\n");
    row("Return", r.ratio() == null ? "n/a (no investment)" : Formats.perPound(r.ratio(), currency) + " per " + unit()
        + " invested");
    row("Present value", money(r.presentValue()));
    row("Investment", money(r.investment()));
    row("Net present value", money(r.netPresentValue()));
    row("Net return", r.netRatio() == null ? "n/a" : Formats.perPound(r.netRatio(), currency) + " per "
        + unit());
    row("Payback", r.paybackMonths() == null ? "none (no value in year 1)"
        : r.paybackMonths().setScale(1, RoundingMode.HALF_UP).toPlainString() + " months");
    row("Value before discounting", money(r.value()));
    row("Discounting", r.discounting().schedule().inWords() + ", " + r.discounting().convention().id()
        + (r.discounting().convention() == Discounting.Convention.YEAR_ZERO ? " (year 1 not discounted)"
            : " (every year discounted)"));
    if (SroiText.priceYear(r) != null) {
      row("Price year", SroiText.priceYear(r));
    }
    w.print("\n## Inputs\n\n| Stakeholder | Description | Value |\n|---|---|---:|\n");
    for (Investment.Item i : r.inputs().items()) {
      w.print("| " + cell(i.stakeholder()) + " | " + cell(i.description()) + " | " + money(i.value()) + " |\n");
    }
    w.print("\n## Impact map\n\n| Stakeholder | Outcome | Quantity | Proxy | Duration | Start | Deadweight | "
        + "Displacement | Attribution | Drop-off | Impact | Present value | Share |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (OutcomeFigures o : r.outcomes()) {
      ImpactMapRow m = o.row();
      w.print("| " + cell(m.stakeholder()) + " | " + cell(m.outcome()) + " | " + m.quantity().toPlainString() + " | "
          + money(m.proxyValue()) + " | " + m.duration() + " | " + m.start() + " | " + pct(m.deadweight()) + " | "
          + pct(m.displacement()) + " | " + pct(m.attribution()) + " | " + pct(m.dropOff()) + " | "
          + money(o.impact()) + " | " + money(o.presentValue()) + " | " + share(o.share()) + " |\n");
    }
    w.print("\n## Years\n\n| Year | Value | Present value |\n|---:|---:|---:|\n");
    for (YearFigures y : r.years()) {
      w.print("| " + y.year() + " | " + money(y.value()) + " | " + money(y.presentValue()) + " |\n");
    }
    w.print("\n## By stakeholder\n\n| Stakeholder | Outcomes | Present value | Share |\n|---|---:|---:|---:|\n");
    for (StakeholderFigures s : r.byStakeholder()) {
      w.print("| " + cell(s.stakeholder()) + " | " + s.outcomes() + " | " + money(s.presentValue()) + " | "
          + share(s.share()) + " |\n");
    }
    w.print("\n## Tipping points\n\nThe value of one assumption of one outcome at which the ratio is exactly " + unit() + " per "
        + unit() + ","
        + " all else unchanged.\n\n| Stakeholder | Outcome | Assumption | Now | Break-even | Note |\n"
        + "|---|---|---|---:|---:|---|\n");
    for (TippingPoint t : r.tippingPoints()) {
      w.print("| " + cell(t.row().stakeholder()) + " | " + cell(t.row().outcome()) + " | " + t.parameter().label()
          + " | " + value(t, t.current()) + " | " + (t.exists() ? value(t, t.breakEven()) : "none") + " | "
          + cell(t.note()) + " |\n");
    }
    if (!r.scenarios().isEmpty()) {
      w.print("\n## Scenarios\n\nEach assumption changed by a share of itself, one at a time; the ratio that results."
          + "\n\n| Assumption | Outcome |");
      for (BigDecimal c : SroiCalculator.SCENARIO_CHANGES) {
        w.print(" " + (c.signum() > 0 ? "+" : "−") + c.abs().movePointRight(2).stripTrailingZeros().toPlainString()
            + "% |");
      }
      w.print(" Range |\n|---|---|---:|---:|---:|---:|---|\n");
      for (Scenario s : r.scenarios()) {
        w.print("| " + s.label() + " | " + cell(s.row() == null ? "all outcomes" : s.row().label()) + " |");
        for (Case c : s.cases()) {
          w.print(" " + Formats.perPound(c.ratio(), currency) + " |");
        }
        w.print(" " + Formats.perPound(s.minRatio(), currency) + " to "
            + Formats.perPound(s.maxRatio(), currency) + " |\n");
      }
    }
    if (!r.warnings().isEmpty() || !r.checksNotPassing().isEmpty()) {
      w.print("\n## What an assessor would question\n\n");
      for (Check c : r.checksNotPassing()) {
        w.print("- " + cell(ReportText.checkLine(c)) + "\n");
      }
      for (Diagnostic d : r.warnings()) {
        w.print("- " + cell(d.render()) + "\n");
      }
    }
  }

  private void row(String label, String value) {
    w.print("| " + label + " | " + value + " |\n");
  }

  private String value(TippingPoint t, BigDecimal v) {
    return t.parameter().isPercentage() ? pct(v) : money(v);
  }

  private String money(BigDecimal v) {
    return Formats.money(v, currency);
  }

  private String unit() {
    return Formats.unit(currency);
  }

  private static String pct(BigDecimal v) {
    return Formats.percent(v.setScale(4, RoundingMode.HALF_UP));
  }

  private static String share(BigDecimal v) {
    return v == null ? "" : pct(v);
  }

  /** Text from the inputs, safe inside a table cell: pipes escaped, line breaks flattened. */
  private static String cell(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
  }
}

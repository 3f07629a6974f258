package org.impactkit.report.xlsx.sroi;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.model.Investment;
import org.impactkit.report.internal.ReportText;
import org.impactkit.report.internal.SroiText;
import org.impactkit.report.xlsx.internal.Formulas;
import org.impactkit.report.xlsx.internal.Refs;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.sroi.SroiResult;
import org.impactkit.valuation.Discounting;
import org.impactkit.valuation.Formats;

/**
 * The SROI Summary: the ratio as "£X per £1", present value, investment, NPV, net ratio, payback, the
 * discount rate and convention (as input cells every formula uses), the inputs, method and warnings.
 */
final class SummarySheet {
  static final String NAME = "Summary";

  // The headline cells' rows (0-based), in column B; other sheets and the tests refer to them
  static final int ROW_RATIO = 3;
  static final int ROW_PV = 4;
  static final int ROW_INVESTMENT = 5;
  static final int ROW_NPV = 6;
  static final int ROW_NET_RATIO = 7;
  static final int ROW_PAYBACK = 8;
  static final int ROW_VALUE = 9;
  static final int ROW_RATE = 11;
  static final int ROW_OFFSET = 12;
  static final int ROW_CONVENTION = 13;
  private static final int FIGURES = 1;

  /** The inputs table's header row; its heading is above it. */
  private static final int INPUTS_HEADER = 16;
  private static final List<String> INPUT_HEADERS = List.of("Stakeholder", "Description", "Value");
  /**
   * Column A holds the headline figures' labels: wide enough that "Discount rate, years 0–30 (later years
   * step down)" fits on its line with room to spare, as it did in LibreOffice but not by the line estimate,
   * which leaves a margin for Excel (its row was sized for two lines and printed on one).
   */
  private static final int[] WIDTHS = {42, 42, 18};

  /** The method in words, in the map's currency and with the schedule it was discounted by. */
  private static List<String> method(SroiResult r) {
    String unit = Formats.unit(r.map().currency());
    List<String> method = new ArrayList<>(List.of(
        "Impact = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution).",
        "Each outcome lasts its duration; after its first year it falls by its drop-off each year. Start 2 means"
            + " it begins the year after the activity.",
        "Present value = each year's value × D(e), e = year − 1 (year-zero) or year (end-of-year), D(0) = 1 and"
            + " D(e) = D(e − 1) ÷ (1 + the rate of year e): discounted by "
            + r.discounting().schedule().inWords() + ".",
        "Ratio = present value ÷ investment. Payback = investment ÷ (year-1 value ÷ 12), before discounting.",
        "Tipping point: the value of one assumption of one outcome at which the ratio is exactly " + unit + " per "
            + unit + ", all else unchanged (drop-off found by bisection, to within 10^-12).",
        "Negative proxies are harms: they reduce the value in every step."));
    if (SroiText.priceYear(r) != null) {
      // The proxies shown are uprated ones: the map's own figures differ, and the reader must see why.
      method.add("Price year: " + SroiText.priceYear(r) + ".");
    }
    return method;
  }

  /**
   * The names of the Summary's input cells, which the other sheets' formulas use, so that changing the
   * rate or convention on the Summary moves every figure.
   */
  record LiveInputs(String discountRate, String yearOneDiscounted) {}

  private SummarySheet() {}

  /** The present value, absolute, for another sheet: {@code 'Summary'!$B$5}. */
  static String presentValue() {
    return Refs.sheet(NAME) + Refs.absolute(ROW_PV, FIGURES);
  }

  /** The investment, absolute, for another sheet: {@code 'Summary'!$B$6}. */
  static String investment() {
    return Refs.sheet(NAME) + Refs.absolute(ROW_INVESTMENT, FIGURES);
  }

  /** The return (present value per £1), absolute, for another sheet: {@code 'Summary'!$B$4}. */
  static String ratio() {
    return Refs.sheet(NAME) + Refs.absolute(ROW_RATIO, FIGURES);
  }

  static LiveInputs write(XlsxKit kit, Sheet sheet, SroiResult r, MapLayout map) {
    LiveInputs names = new LiveInputs(kit.defineName("DiscountRate", NAME, ROW_RATE, FIGURES),
        kit.defineName("YearOneDiscounted", NAME, ROW_OFFSET, FIGURES));
    SheetWriter s = kit.writer(sheet);
    XlsxStyles st = kit.styles();
    for (int c = 0; c < WIDTHS.length; c++) {
      s.setWidth(c, WIDTHS[c]);
    }
    s.textAs(0, 0, kit.title(), st.title());
    s.textAs(1, 0, "Social Return on Investment (SROI) from an impact map, with sensitivity analysis", st.heading());
    List<Investment.Item> items = r.inputs().items();
    int firstInput = INPUTS_HEADER + 1;
    int lastInput = firstInput + Math.max(items.size(), 1) - 1;
    int totalInput = lastInput + 1;
    String investment = figure(ROW_INVESTMENT);
    String presentValue = figure(ROW_PV);
    String unit = Formats.unit(r.map().currency());
    label(s, st, ROW_RATIO, "Return: present value per " + unit + " invested");
    s.formula(ROW_RATIO, FIGURES, Formulas.perUnit(presentValue, investment), st.headlinePerPound());
    label(s, st, ROW_PV, "Present value of the outcomes");
    s.formula(ROW_PV, FIGURES, map.total(map.presentValueColumn()), st.moneyTotal());
    label(s, st, ROW_INVESTMENT, "Investment (inputs)");
    s.formula(ROW_INVESTMENT, FIGURES, Refs.absolute(totalInput, 2), st.money());
    label(s, st, ROW_NPV, "Net present value (present value − investment)");
    s.formula(ROW_NPV, FIGURES, presentValue + "-" + investment, st.money());
    label(s, st, ROW_NET_RATIO, "Net return per " + unit + " invested");
    s.formula(ROW_NET_RATIO, FIGURES, Formulas.perUnit(figure(ROW_NPV), investment), st.perPound());
    label(s, st, ROW_PAYBACK, "Payback: months of year-1 value to repay the investment");
    String yearOne = YearsSheet.yearOneValue();
    s.formula(ROW_PAYBACK, FIGURES, "IF(" + yearOne + "<=0,\"none\"," + investment + "/(" + yearOne + "/12))",
        st.months());
    label(s, st, ROW_VALUE, "Value before discounting, all years");
    s.formula(ROW_VALUE, FIGURES, map.total(map.totalValueColumn()), st.money());
    label(s, st, ROW_RATE, r.discounting().schedule().isFlat() ? "Discount rate (change it: every figure follows)"
        : "Discount rate, years 0–" + r.discounting().schedule().bands().get(0).toYear() + " (later years step down)");
    s.exact(ROW_RATE, FIGURES, r.discounting().rate(), st.percentInput());
    label(s, st, ROW_OFFSET, "Is year 1 discounted? 0 = no, 1 = yes (change it: every figure follows)");
    s.number(ROW_OFFSET, FIGURES, r.discounting().convention() == Discounting.Convention.END_OF_YEAR ? 1 : 0,
        st.integer(), null);
    label(s, st, ROW_CONVENTION, "Discounting convention");
    String convention = r.discounting().convention() == Discounting.Convention.YEAR_ZERO
        ? "Year 1 not discounted; year t by (1 + rate)^(t − 1)"
        : "Every year discounted; year t by (1 + rate)^t";
    s.textAs(ROW_CONVENTION, FIGURES, convention, st.wrap());
    s.fitWrapped(ROW_CONVENTION, new int[] {WIDTHS[FIGURES]}, convention);

    s.textAs(INPUTS_HEADER - 1, 0, "Inputs", st.heading());
    s.headers(INPUTS_HEADER, INPUT_HEADERS);
    for (int i = 0; i < items.size(); i++) {
      Investment.Item item = items.get(i);
      int row = firstInput + i;
      // Wrapped as written before the kit: not quote-checked as other text from the inputs is.
      s.textAs(row, 0, item.stakeholder(), st.wrap());
      s.textAs(row, 1, item.description(), st.wrap());
      s.exact(row, 2, item.value(), st.money());
      s.fitWrapped(row, new int[] {WIDTHS[0], WIDTHS[1]}, item.stakeholder(), item.description());
    }
    if (items.isEmpty()) {
      s.text(firstInput, 0, "(no inputs)");
    }
    s.textAs(totalInput, 0, "Total investment", st.bold());
    s.formula(totalInput, 2, Formulas.sum(Refs.absoluteColumn(2, firstInput, lastInput)),
        st.moneyTotal());

    int row = totalInput + 2;
    s.textAs(row++, 0, "Method", st.heading());
    for (String line : method(r)) {
      paragraph(s, st, row++, line);
    }
    if (!r.warnings().isEmpty() || !r.checksNotPassing().isEmpty()) {
      row++;
      s.textAs(row++, 0, "What an assessor would question", st.heading());
      for (Check c : r.checksNotPassing()) {
        paragraph(s, st, row++, ReportText.checkLine(c) + " (see the Checks sheet)");
      }
      for (Diagnostic d : r.warnings()) {
        paragraph(s, st, row++, d.render());
      }
    }
    // the headline figures, the inputs and the method read as one page; a few lines over it are shrunk onto it
    s.printOnOnePage();
    return names;
  }

  /** A headline figure's label in column A, wrapped when it is long, its row tall enough for it. */
  private static void label(SheetWriter s, XlsxStyles st, int row, String text) {
    s.text(row, 0, text, st.wrap());
    if (text.length() > WIDTHS[0] - 2) {
      s.fitWrapped(row, new int[] {WIDTHS[0]}, text);
    }
  }

  /** A paragraph across the sheet's columns, wrapped, so it prints whole on the page. */
  private static void paragraph(SheetWriter s, XlsxStyles st, int row, String text) {
    s.text(row, 0, text, st.wrap());
    s.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, WIDTHS.length - 1));
    int width = 0;
    for (int w : WIDTHS) {
      width += w;
    }
    s.fitWrapped(row, new int[] {width}, text);
  }

  /** A headline figure's cell on this sheet: {@code $B$6}. */
  private static String figure(int row) {
    return Refs.absolute(row, FIGURES);
  }
}

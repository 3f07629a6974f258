package org.impactkit.report.xlsx;

import static org.impactkit.report.xlsx.internal.Heading.fitted;

import java.util.List;
import org.impactkit.internal.Formats;
import org.impactkit.report.xlsx.internal.CellNumbers;
import org.impactkit.report.xlsx.internal.Heading;
import org.impactkit.report.xlsx.internal.SheetWriter;
import org.impactkit.report.xlsx.internal.XlsxStyles;
import org.impactkit.valuation.OutcomeFactors;

/**
 * The six cells that say how a unit value becomes a social value, side by side from a column on:
 * deadweight, displacement, attribution, duration, drop-off and present-value factor. The Calculation
 * and By outcome sheets both show them.
 */
final class FactorCells {
  // The six columns' headings, for the sheets' column lists: said once, beside the cells under them.
  static final Heading DEADWEIGHT = fitted("Deadweight");
  static final Heading DISPLACEMENT = fitted("Displacement");
  static final Heading ATTRIBUTION = fitted("Attribution");
  static final Heading DURATION = fitted("Duration (years)");
  static final Heading DROP_OFF = fitted("Drop-off");
  static final Heading PV_FACTOR = fitted("PV factor");
  /** The headings in the order {@link #write} fills the columns. */
  static final List<Heading> HEADINGS = List.of(DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DURATION, DROP_OFF, PV_FACTOR);

  private FactorCells() {}

  static void write(SheetWriter s, XlsxStyles st, int row, int col, OutcomeFactors f) {
    s.number(row, col, CellNumbers.exact(f.deadweight()), st.percent(), Formats.percent(f.deadweight()));
    s.number(row, col + 1, CellNumbers.exact(f.adjustments().displacement()), st.percent(), "100.0%");
    s.number(row, col + 2, CellNumbers.exact(f.adjustments().attribution()), st.percent(), "100.0%");
    s.number(row, col + 3, f.adjustments().duration(), st.integer(), Integer.toString(f.adjustments().duration()));
    s.number(row, col + 4, CellNumbers.exact(f.adjustments().dropOff()), st.percent(), "100.0%");
    s.number(row, col + 5, CellNumbers.exact(f.pvFactor()), st.factor(), "0.0000");
  }
}

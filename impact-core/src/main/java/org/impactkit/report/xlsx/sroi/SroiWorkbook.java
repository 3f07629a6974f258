package org.impactkit.report.xlsx.sroi;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.impactkit.report.xlsx.internal.ChecksSheet;
import org.impactkit.report.xlsx.internal.XlsxKit;
import org.impactkit.sroi.SroiResult;

/**
 * Writes an {@link SroiResult} as a workbook a funder can read and an assessor can check (SPEC §7, §8),
 * one class per sheet over the shared kit in {@code report.xlsx.internal}:
 * <ul>
 *   <li><b>Summary</b>: the ratio as "£X per £1", present value, investment, NPV, net ratio, payback, the
 *       discount rate and convention (as input cells every formula uses), the inputs, method and warnings;
 *   <li><b>Impact Map</b>: the map with live formulas for impact, each year's value and the present value;
 *   <li><b>Years</b>: value, discount factor and present value per calendar year;
 *   <li><b>Stakeholders</b>: present value and share by stakeholder, with a chart;
 *   <li><b>Sensitivity</b>: the tipping points, the one-at-a-time scenario table and a chart of the ratio
 *       range per assumption, as formulas over the Impact Map, so they follow an edited assumption;
 *   <li><b>Checks</b>: the assurance checks an impact map can be judged by (SPEC §10), as of the run.
 * </ul>
 * Every formula also carries its computed value (POI evaluates them before writing), so readers that do
 * not recalculate see the figures; Excel recalculates on opening.
 */
public final class SroiWorkbook {
  private SroiWorkbook() {}

  /** Writes the workbook. The stream is left open. */
  public static void write(SroiResult r, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      String title = (r.map().name() == null ? "Impact map" : r.map().name()) + ": social return on investment";
      XlsxKit kit = XlsxKit.impactMap(wb, r.map().currency(), title);
      XSSFSheet summary = wb.createSheet(SummarySheet.NAME);
      XSSFSheet map = wb.createSheet(ImpactMapSheet.NAME);
      XSSFSheet years = wb.createSheet(YearsSheet.NAME);
      XSSFSheet stakeholders = wb.createSheet(StakeholdersSheet.NAME);
      XSSFSheet sensitivity = wb.createSheet(SensitivitySheet.NAME);
      XSSFSheet checks = wb.createSheet(ChecksSheet.NAME);
      // The Summary comes first but shows the map's totals: their places follow from the map's size.
      MapLayout layout = new MapLayout(r.map().rows().size(), r.years().size());
      SummarySheet.LiveInputs inputs = SummarySheet.write(kit, summary, r, layout);
      ImpactMapSheet.write(kit, map, r, layout, inputs);
      YearsSheet.write(kit, years, layout, inputs, r.discounting().schedule());
      StakeholdersSheet.write(kit, stakeholders, r.byStakeholder(), layout);
      SensitivitySheet.write(kit, sensitivity, r, layout, inputs);
      ChecksSheet.write(kit, checks, r.checks());
      var core = wb.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator("impact");
      core.setDescription("Social return on investment from an impact map");
      // An impact map has no period to date it by; a fixed date, not the clock, keeps the file the same.
      kit.dateAs(XlsxKit.UNDATED);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.setForceFormulaRecalculation(true);
      wb.write(out);
    }
  }
}

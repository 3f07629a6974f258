package org.impactkit.report.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A bar chart on a sheet, the one kind of chart the workbooks draw: set what differs, add each series,
 * then {@link #draw()}. Columns rise from a category axis at the bottom unless told otherwise; with
 * more than one series a legend goes below.
 */
public final class BarChart {
  private final XSSFSheet sheet;
  private final int col1;
  private final int row1;
  private final int col2;
  private final int row2;
  private final String title;
  private BarDirection direction = BarDirection.COL;
  private AxisPosition categoryAxis = AxisPosition.BOTTOM;
  private AxisPosition valueAxis = AxisPosition.LEFT;
  private boolean firstCategoryAtTop;
  private String valueFormat;
  private Double valueMinimum;
  private Integer gapWidth;
  private final List<Series> series = new ArrayList<>();

  private record Series(String name, XDDFDataSource<?> categories, XDDFNumericalDataSource<? extends Number> values,
      XDDFColor fill) {}

  private BarChart(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2) {
    this.sheet = sheet;
    this.title = title;
    this.col1 = col1;
    this.row1 = row1;
    this.col2 = col2;
    this.row2 = row2;
  }

  /** A chart titled {@code title} over the cells from ({@code col1}, {@code row1}) to ({@code col2}, {@code row2}). */
  public static BarChart on(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2) {
    return new BarChart(sheet, title, col1, row1, col2, row2);
  }

  /** Bars of {@code direction}; the axes stay where they are. */
  public BarChart direction(BarDirection direction) {
    this.direction = direction;
    return this;
  }

  /** Horizontal bars read like a list: categories down the left, the first at the top. */
  public BarChart horizontalTopDown() {
    direction = BarDirection.BAR;
    categoryAxis = AxisPosition.LEFT;
    valueAxis = AxisPosition.BOTTOM;
    firstCategoryAtTop = true;
    return this;
  }

  /** The value axis's number format (e.g. whole pounds). */
  public BarChart valueFormat(String format) {
    this.valueFormat = format;
    return this;
  }

  /** Where the value axis starts, or {@code null} for the viewer's choice. */
  public BarChart valueMinimum(Double minimum) {
    this.valueMinimum = minimum;
    return this;
  }

  /** The gap between bars as a percentage of a bar's width. */
  public BarChart gapWidth(int percent) {
    this.gapWidth = percent;
    return this;
  }

  /**
   * Adds a series. An explicit fill, as some viewers (LibreOffice) draw bars without one as nothing
   * at all.
   */
  public BarChart series(String name, XDDFDataSource<?> categories, XDDFNumericalDataSource<? extends Number> values,
      XDDFColor fill) {
    series.add(new Series(name, categories, values, fill));
    return this;
  }

  /** Draws the chart. */
  public void draw() {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    if (series.size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    XDDFCategoryAxis categories = chart.createCategoryAxis(categoryAxis);
    XDDFValueAxis values = chart.createValueAxis(valueAxis);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    if (valueFormat != null) {
      values.setNumberFormat(valueFormat);
    }
    if (valueMinimum != null) {
      values.setMinimum(valueMinimum);
    }
    if (firstCategoryAtTop) {
      categories.setOrientation(AxisOrientation.MAX_MIN);
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(direction);
    data.setVaryColors(false);
    for (Series s : series) {
      XDDFChartData.Series added = data.addSeries(s.categories(), s.values());
      added.setTitle(s.name(), null);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(new XDDFSolidFillProperties(s.fill()));
      added.setShapeProperties(shape);
    }
    if (gapWidth != null) {
      chart.getCTChart().getPlotArea().getBarChartArray(0).addNewGapWidth().setVal(gapWidth);
    }
    chart.plot(data);
  }
}

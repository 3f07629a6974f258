package org.impactkit.report.xlsx.internal;

import java.io.OutputStream;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * An {@link SXSSFWorkbook} without two costs the report does not need.
 *
 * <ul>
 *   <li>Its zip is written at the fastest compression level: a fifth larger (a million-row evaluation's
 *       workbook 230 KB → 285 KB), 25 ms sooner.
 *   <li>Creating a sheet does not start Java's font system. SXSSF measures the default font with AWT
 *       for every new sheet, for {@code autoSizeColumn}, which the report never calls ({@link
 *       SheetWriter} sizes columns from their text). Measuring an {@link UnmeasuredFont} fails, and POI
 *       then falls back to a fixed width, as on a machine without fonts. Loading the fonts cost 50 ms
 *       of a small workbook and 110 ms of CPU in a million-row run.
 * </ul>
 */
public final class LeanWorkbook extends SXSSFWorkbook {
  private boolean creatingSheet;

  public LeanWorkbook(int window) {
    super(window);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  @Override
  public SXSSFSheet createSheet() {
    return withoutMeasuring(super::createSheet);
  }

  @Override
  public SXSSFSheet createSheet(String name) {
    return withoutMeasuring(() -> super.createSheet(name));
  }

  private SXSSFSheet withoutMeasuring(Supplier<SXSSFSheet> create) {
    creatingSheet = true;
    try {
      return create.get();
    } finally {
      creatingSheet = false;
    }
  }

  @Override
  public Font getFontAt(int index) {
    // SXSSFSheet's constructor asks for font 0 only to measure it
    return creatingSheet ? new UnmeasuredFont() : super.getFontAt(index);
  }

  /** A font whose name cannot be read, so nothing can measure it. */
  public static final class UnmeasuredFont extends XSSFFont {
    @Override
    public String getFontName() {
      throw new UnsupportedOperationException("the report never measures fonts");
    }
  }
}

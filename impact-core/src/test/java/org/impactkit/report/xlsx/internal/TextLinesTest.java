package org.impactkit.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Row heights for wrapped text, checked against what LibreOffice printed (with Carlito, Calibri's metric
 * twin) and what Excel lays out: a row too short cuts its last lines off, one too tall leaves a blank band.
 */
class TextLinesTest {
  @Test
  @DisplayName("a row of 11-point lines is 13.5 points a line and 1.5 of padding: one line is Excel's 15")
  void rowHeightPerLine() {
    assertThat(TextLines.rowPoints(1, 11)).isEqualTo(15f);
    assertThat(TextLines.rowPoints(2, 11)).isEqualTo(28.5f);
    assertThat(TextLines.rowPoints(10, 11)).isEqualTo(136.5f);
    // larger type, taller lines: 12-point lines are 20 pixels, 16-point ones 27
    assertThat(TextLines.rowPoints(2, 12)).isEqualTo(31.5f);
    assertThat(TextLines.rowPoints(1, 16)).isEqualTo(21.75f);
  }

  @Test
  @DisplayName("text is measured by Calibri's widths: wide letters take more room than narrow ones")
  void measuredByCharacterWidths() {
    assertThat(TextLines.width("0123456789")).isEqualTo(10.0);
    assertThat(TextLines.width("mmmmmmmmmm")).isGreaterThan(TextLines.width("iiiiiiiiii") * 3);
    // LibreOffice wrapped this 39-character line in a 35-character column, and kept it on one in 40
    assertThat(TextLines.lines("Moved from unemployment into employment", 35, false)).isEqualTo(2);
    assertThat(TextLines.lines("Moved from unemployment into employment", 40, false)).isEqualTo(1);
  }

  @Test
  @DisplayName("lines break at spaces, line breaks and hyphens, and a word longer than a line is broken")
  void wrapping() {
    // LibreOffice printed this on one line of a 45-character column
    assertThat(TextLines.lines("Annex 2 'Selection of wellbeing values from literature'", 45, false)).isEqualTo(1);
    assertThat(TextLines.lines("one\ntwo\n\nfour", 45, false)).isEqualTo(4);
    assertThat(TextLines.lines("Place-based projects: Sporting-Communities", 24, false)).isEqualTo(2);
    String address = "https://tacklinglonelinesshub.org/resources/loneliness-monetisation-report/";
    assertThat(TextLines.lines(address, 20, false)).isEqualTo(4);
  }

  @Test
  @DisplayName("bold text is a little wider, so a header wraps sooner than its column's text")
  void bold() {
    String header = "Value per person per year";
    assertThat(TextLines.lines(header, 22.5, false)).isEqualTo(1);
    assertThat(TextLines.lines(header, 22.5, true)).isEqualTo(2);
  }
}

package org.impactkit.report.xlsx.internal;

/**
 * How many lines wrapped text takes in a column, and how tall a row of so many lines must be. Neither
 * Excel nor POI sizes rows for wrapped text by itself, and a row sized too short cuts its text off in
 * print, one sized too tall leaves a blank band under it; so the text is measured here with Calibri's
 * own character widths (its metric twin Carlito has the same), not counted in characters: a line of
 * "Moved from unemployment into employment" is a third wider than one of the same length in
 * "ill-fitting lilies".
 */
final class TextLines {
  /**
   * The advance width of each printable ASCII character ({@code ' '} to {@code '~'}) in Calibri
   * Regular, in 2048ths of the font's size (its units per em); a digit is 1038.
   */
  private static final short[] CALIBRI = {
      463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
      1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
      1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
      1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
      596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
      1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020};
  private static final double DIGIT = 1038;
  /** Bold Calibri is about 3% wider than regular over ordinary words (measured on the samples' text). */
  private static final double BOLD = 1.03;

  /**
   * What a column's cell keeps clear of text, in digit widths: its padding, and a margin, as Excel draws
   * a digit 7.4 pixels wide at 96 dpi but counts a column's character as 7 pixels. LibreOffice filled a
   * 45-character column with a line 43.8 digits wide but not with one of 44.6.
   */
  private static final double PADDING = 1.5;

  /** The height of one line of Calibri per point of its size (ascent, descent and line gap: 2500/2048). */
  private static final double LINE_PER_POINT = 2500 / 2048.0;
  /** What Excel adds to a row's lines, in points: 2 pixels (11-point Calibri, one line: 13.5 + 1.5 = 15). */
  private static final double ROW_PADDING = 1.5;

  private TextLines() {}

  /** The width of {@code text} in digit widths of the same font (regular). */
  static double width(CharSequence text) {
    double units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // a character outside ASCII (£, –, accented letters) is taken as wide as a digit, few are wider
      units += c >= ' ' && c <= '~' ? CALIBRI[c - ' '] : DIGIT;
    }
    return units / DIGIT;
  }

  /**
   * How many lines {@code text} needs in a column (or merged columns) {@code columnChars} characters wide:
   * broken at spaces, after hyphens and at line breaks, as the spreadsheets do, and a word longer than a
   * line broken wherever it reaches the edge (a long web address is).
   */
  static int lines(String text, double columnChars, boolean bold) {
    double room = Math.max(1, (columnChars - PADDING) / (bold ? BOLD : 1));
    double space = width(" ");
    int lines = 0;
    for (String para : text.split("\n", -1)) {
      int n = 1;
      double used = 0;
      for (String word : para.split(" ")) {
        boolean first = true;
        for (String part : word.split("(?<=-)")) {
          double gap = first && used > 0 ? space : 0;
          double w = width(part);
          if (used > 0 && used + gap + w > room) {
            n++;
            used = 0;
            gap = 0;
          }
          used += gap + w;
          while (used > room) {
            n++;
            used -= room;
          }
          first = false;
        }
      }
      lines += n;
    }
    return Math.max(1, lines);
  }

  /** The narrowest column, in characters, that holds {@code text} on one line. */
  static int columnCharsFor(String text, boolean bold) {
    return (int) Math.ceil(width(text) * (bold ? BOLD : 1) + PADDING);
  }

  /**
   * The height in points of a row of {@code lines} lines of Calibri {@code fontPoints} points tall, as
   * Excel lays it out: each line the font's line height rounded up to whole pixels at 96 dpi (13.5
   * points at 11 points), and a little padding. LibreOffice needs less (its lines are 11 points), so
   * such a row leaves it a small band, never a cut line.
   */
  static float rowPoints(int lines, double fontPoints) {
    double linePixels = Math.ceil(fontPoints * LINE_PER_POINT * 96 / 72);
    return (float) (Math.max(1, lines) * linePixels * 0.75 + ROW_PADDING);
  }
}

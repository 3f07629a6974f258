package org.impactkit.report.xlsx.internal;

import java.util.List;

/**
 * A column of a sheet: its header and how wide it may be. Each sheet lists its columns as an enum whose
 * constants hold one, so that a column's header and width are said together, once, and
 * {@link SheetWriter#size} applies them alike on every sheet.
 *
 * @param header the header text
 * @param width a fixed width in characters, whatever the content; 0 to size the column from its content
 * @param cap for a column sized from its content, the widest it may grow (longer text wraps where the
 *     style wraps); 0 for the kit's default
 * @param min for a column sized from its content, the narrowest it may be; 0 to fit its content alone
 */
public record Heading(String header, int width, int cap, int min) {
  /** A column {@code width} characters wide. */
  public static Heading fixed(String header, int width) {
    return new Heading(header, width, 0, 0);
  }

  /** A column as wide as its content, up to the kit's default cap. */
  public static Heading fitted(String header) {
    return new Heading(header, 0, 0, 0);
  }

  /** A column as wide as its content, up to {@code cap} characters. */
  public static Heading fitted(String header, int cap) {
    return new Heading(header, 0, cap, 0);
  }

  /** The same column, at least {@code chars} characters wide. */
  public Heading atLeast(int chars) {
    return new Heading(header, width, cap, chars);
  }

  /** The headers of columns, in order. */
  public static List<String> headers(List<Heading> columns) {
    return columns.stream().map(Heading::header).toList();
  }
}

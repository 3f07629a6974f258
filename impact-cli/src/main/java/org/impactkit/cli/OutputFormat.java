package org.impactkit.cli;

/** Report formats of {@code impact calculate} and {@code impact sroi}. */
enum OutputFormat {
  XLSX("xlsx"),
  JSON("json"),
  CSV(null),
  MD("md"),
  HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension of the default output, or {@code null} when the output is a folder. */
  String extension() {
    return extension;
  }

  /**
   * The format to write: the one given with {@code --format}, else the one the {@code -o} file's extension
   * names, else JSON for standard output ({@code -o -}), else {@code byDefault}.
   */
  static OutputFormat choose(OutputFormat given, String output, OutputFormat byDefault) {
    if (given != null) {
      return given;
    }
    if ("-".equals(output)) {
      return JSON;
    }
    if (output != null) {
      String lower = output.toLowerCase(java.util.Locale.ROOT);
      for (OutputFormat f : values()) {
        if (f.extension != null && lower.endsWith("." + f.extension)) {
          return f;
        }
      }
    }
    return byDefault;
  }
}

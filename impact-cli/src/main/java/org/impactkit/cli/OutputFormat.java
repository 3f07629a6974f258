package org.impactkit.cli;

/** Report formats of {@code impact calculate}. */
enum OutputFormat {
  XLSX("xlsx"),
  JSON("json"),
  CSV(null),
  MD("md");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension of the default output, or {@code null} when the output is a folder. */
  String extension() {
    return extension;
  }
}

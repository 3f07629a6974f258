package org.impactkit.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The yardstick of issue 20 (SPEC §9): merely reading a CSV with FastCSV, the parser the tool itself uses,
 * touching every field (its length). Run as its own JVM, like {@code impact calculate}, so both pay start-up
 * and warm-up alike.
 *
 * <p>Usage: {@code BareFastCsv FILE}; prints rows, characters and milliseconds.
 */
public final class BareFastCsv {
  private BareFastCsv() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    long rows = 0;
    long chars = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]), StandardCharsets.UTF_8)) {
      boolean header = true;
      for (CsvRecord record : reader) {
        if (header) {
          header = false;
          continue;
        }
        rows++;
        for (int i = 0, n = record.getFieldCount(); i < n; i++) {
          chars += record.getField(i).length();
        }
      }
    }
    System.out.println("rows=" + rows + " chars=" + chars + " ms=" + (System.nanoTime() - start) / 1_000_000);
  }
}

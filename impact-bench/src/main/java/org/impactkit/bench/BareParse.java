package org.impactkit.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The yardstick of SPEC §9: merely parsing a CSV with Commons CSV, touching every field. Run as its
 * own JVM, like {@code impact calculate}, so both pay start-up and warm-up alike.
 *
 * <p>Usage: {@code BareParse FILE}; prints rows, characters and milliseconds.
 */
public final class BareParse {
  private BareParse() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    long rows = 0;
    long chars = 0;
    try (Reader reader = Files.newBufferedReader(Path.of(args[0]));
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (CSVRecord record : parser) {
        rows++;
        for (int i = 0; i < record.size(); i++) {
          chars += record.get(i).length();
        }
      }
    }
    System.out.println("rows=" + rows + " chars=" + chars + " ms=" + (System.nanoTime() - start) / 1_000_000);
  }
}

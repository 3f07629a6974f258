package org.impactkit.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.impactkit.bank.ValueBank;
import org.impactkit.read.bank.BankReader;

/** What the fuzz tests share: a bank of made-up values with regions, bands, a survey outcome and a conflict. */
final class FuzzSupport {
  static final ValueBank FAKE_BANK = load();

  private FuzzSupport() {}

  private static ValueBank load() {
    try (InputStream in = FuzzSupport.class.getResourceAsStream("fake-bank.json")) {
      return BankReader.read(in, "fake-bank.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

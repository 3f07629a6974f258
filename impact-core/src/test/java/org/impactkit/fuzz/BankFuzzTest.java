package org.impactkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.impactkit.bank.ValueBank;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.read.bank.BankReader;

/**
 * Fuzzes the bank loader (issue 8): any bytes end in a valid {@link ValueBank} or the project's
 * {@link InvalidInputException} with at least one bounded one-line diagnostic.
 *
 * <p>Seeds: {@code src/test/resources/org/impactkit/fuzz/BankFuzzTestInputs/bank}.
 */
class BankFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void bank(byte[] input) throws IOException {
    ValueBank bank;
    try {
      bank = BankReader.read(new ByteArrayInputStream(input), "bank.json");
    } catch (InvalidInputException refused) {
      assertThat(refused.diagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.render()).doesNotContain("\n").hasSizeLessThan(1000));
      return;
    }
    // a bank that loads answers every lookup it offers
    for (String id : bank.outcomeIds()) {
      assertThat(bank.outcome(id)).isPresent();
    }
  }
}

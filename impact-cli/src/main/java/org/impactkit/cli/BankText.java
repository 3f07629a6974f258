package org.impactkit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.impactkit.bank.Outcome;
import org.impactkit.bank.ValueBank;
import org.impactkit.valuation.Formats;

/** How the bank commands word a bank: its title, an outcome's value, wrapped fields. */
final class BankText {
  /** Text wider than this is wrapped, so output reads well in an ordinary terminal. */
  static final int WIDTH = 100;

  private BankText() {}

  static String title(ValueBank b) {
    return b.info().name() + " (" + b.id() + " " + b.info().version() + ", " + b.info().currency() + ", "
        + b.info().priceYear() + " prices)";
  }

  /** What a bank holds, counted: {@code 7 outcomes, 1 region, 3 age bands + unknown}. */
  static String contents(ValueBank b) {
    return Messages.plural(b.outcomes().size(), "outcome", "outcomes") + ", "
        + Messages.plural(b.regions().size(), "region", "regions") + ", "
        + Messages.plural(b.ageBands().size() - 1, "age band", "age bands") + " + unknown";
  }

  /** An outcome's value a year, or the range of its values when they vary by region and band. */
  static String value(ValueBank b, Outcome o) {
    String currency = b.info().currency();
    if (o.values().isUniform()) {
      return Formats.money(o.values().uniformValue(), currency);
    }
    List<BigDecimal> all = o.values().byRegionAndBand().values().stream().map(Map::values)
        .flatMap(Collection::stream).sorted(Comparator.naturalOrder()).toList();
    return Formats.money(all.get(0), currency) + "–" + Formats.money(all.get(all.size() - 1), currency);
  }

  /** The licence's name without its details: the text up to the first bracket or full stop. */
  static String firstPhrase(String text) {
    int cut = text.length();
    for (String stop : List.of(" (", ". ")) {
      int i = text.indexOf(stop);
      if (i >= 10 && i < cut) {
        cut = i;
      }
    }
    return shorten(text.substring(0, cut), 80);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  /** Prints {@code label} then {@code text} wrapped at {@link #WIDTH}, continuation lines indented under the text. */
  static void wrap(PrintWriter out, String label, String text) {
    String indent = " ".repeat(label.length());
    StringBuilder line = new StringBuilder(label);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }
}

package org.impactkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  @DisplayName("§9 messages never echo huge values: quote keeps 40 characters and marks the cut")
  void quoteShortens() {
    assertThat(Texts.quote("x".repeat(100_000))).isEqualTo("'" + "x".repeat(40) + "…'");
    assertThat(Texts.quote("short")).isEqualTo("'short'");
    assertThat(Texts.quote(null)).isEqualTo("''");
  }

  @Test
  @DisplayName("§4.2 surrounding white space is ignored: blankToNull strips exactly as String.strip, fast path or not")
  void blankToNullMatchesStrip() {
    String[] cells = {"Ward 17", " Ward 17", "Ward 17 ", "\tx", "x\t", "x\u2003", "\u2003x", "x\u00a0", "\u00e9t\u00e9",
        "x", "~", "\u007f", "a b", "", " ", "\t\u2003 ", "\u0000x"};
    for (String cell : cells) {
      String expected = cell.isBlank() ? null : cell.strip();
      assertThat(Texts.blankToNull(cell)).as("[%s]", cell).isEqualTo(expected);
    }
    assertThat(Texts.blankToNull(null)).isNull();
  }

  @Test
  @DisplayName("§7 one-line messages: line breaks, separators and bidi overrides in values are shown as ?")
  void quoteNeutralisesLayoutCharacters() {
    assertThat(Texts.quote("a\nb\rc\td\u2028e\u2029f\u202Eg\u0000h")).isEqualTo("'a?b?c?d?e?f?g?h'");
  }

  @Test
  @DisplayName("§9 messages: shortening never cuts a character made of two UTF-16 units in half")
  void shortenKeepsSurrogatePairs() {
    String s = "x".repeat(39) + "\uD83D\uDE00" + "tail";
    assertThat(Texts.shorten(s, 40)).isEqualTo("x".repeat(39) + "…");
    assertThat(Texts.shorten(s, 41)).isEqualTo("x".repeat(39) + "\uD83D\uDE00…");
  }

  @Test
  @DisplayName("§7 diagnostics: a huge header used as the column is shortened to 80 characters")
  void diagnosticColumnShortened() {
    Diagnostic d = Diagnostic.error("f.csv", 1, "h".repeat(10_000), "message");
    assertThat(d.column()).hasSize(81).endsWith("…");
    assertThat(d.render()).hasSizeLessThan(120);
  }
}

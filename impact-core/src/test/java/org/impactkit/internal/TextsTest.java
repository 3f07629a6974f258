package org.impactkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  @DisplayName("listed: items joined as a sentence lists them")
  void listed() {
    assertThat(Texts.listed(java.util.List.of())).isEmpty();
    assertThat(Texts.listed(java.util.List.of("a"))).isEqualTo("a");
    assertThat(Texts.listed(java.util.List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Texts.listed(java.util.List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void noBreakSpacesAroundACellAreStrippedLikeSpaces() {
    assertThat(Texts.blankToNull("sport-participation\u00A0")).isEqualTo("sport-participation");
    assertThat(Texts.blankToNull("\u202F 12 \t")).isEqualTo("12");
    assertThat(Texts.blankToNull("\u00A0\u2007 ")).isNull();
    assertThat(Texts.blankToNull("a\u00A0b")).isEqualTo("a\u00A0b");
    assertThat(Texts.key(" Sport-Participation\u00A0")).isEqualTo("sport-participation");
  }

  @Test
  @DisplayName("§9 messages never echo huge values: quote keeps 40 characters and marks the cut")
  void quoteShortens() {
    assertThat(Texts.quote("x".repeat(100_000))).isEqualTo("'" + "x".repeat(40) + "…'");
    assertThat(Texts.quote("short")).isEqualTo("'short'");
    assertThat(Texts.quote(null)).isEqualTo("''");
  }

  @Test
  @DisplayName("§4.2 surrounding white space is ignored: blankToNull strips as String.strip and no-break spaces too,"
      + " fast path or not")
  void blankToNullMatchesStrip() {
    String[] cells = {"Ward 17", " Ward 17", "Ward 17 ", "\tx", "x\t", "x\u2003", "\u2003x", "x\u00a0", "\u00e9t\u00e9",
        "x", "~", "\u007f", "a b", "", " ", "\t\u2003 ", "\u0000x"};
    for (String cell : cells) {
      String expected = cell.replace('\u00a0', ' ').isBlank() ? null : cell.replace('\u00a0', ' ').strip();
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

  @Test
  @DisplayName("issue 21: inert shows escape, control, bidi and format characters as ?; tab, line feed and emoji stay")
  void inertNeutralisesTerminalAndBidiCharacters() {
    assertThat(Texts.inert("a\u001b]0;owned\u0007b\u001b[2Jc\u009b31md\u202Ee\u2066f\u200Fg\u2028h\u0000i\u007fj"))
        .isEqualTo("a?]0;owned?b?[2Jc?31md?e?f?g?h?i?j");
    assertThat(Texts.inert("tab\there\nnext \uD83D\uDE00 caf\u00e9 \u05e9\u05dc\u05d5\u05dd"))
        .isEqualTo("tab\there\nnext \uD83D\uDE00 caf\u00e9 \u05e9\u05dc\u05d5\u05dd");
    assertThat(Texts.inert(null)).isNull();
    String clean = "Stepping Out 2021/22";
    assertThat(Texts.inert(clean)).isSameAs(clean);
  }

  @Test
  @DisplayName("issue 21: inert leaves only characters XML 1.0 allows: halves of surrogate pairs and U+FFFE/FFFF become ?")
  void inertIsValidXml() {
    String hostile = "x\uD800y\uDC00z\uFFFE\uFFFF\u0001\r";
    String shown = Texts.inert(hostile);
    assertThat(shown).isEqualTo("x?y?z????");
    shown.codePoints().forEach(c -> assertThat(c == 0x9 || c == 0xA || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000).as("U+%04X", c).isTrue());
    // a pair that is one unassigned or format character is one ?
    assertThat(Texts.inert("a\uDB40\uDC01b")).isEqualTo("a?b");
  }

  @Test
  @DisplayName("issue 21: names from a bank match the same names written in rows, whatever they hold (key is inert)")
  void keyIsInert() {
    assertThat(Texts.key(" Under 25\u202E ")).isEqualTo(Texts.key(Texts.inert("Under 25\u202E")));
  }
}

package org.impactkit.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Refs and Formulas: addresses from positions, never typed letters")
class RefsAndFormulasTest {
  @Test
  @DisplayName("cells from 0-based rows and columns, relative, absolute and mixed, past Z")
  void cells() {
    assertThat(Refs.cell(6, 1)).isEqualTo("B7");
    assertThat(Refs.absolute(6, 1)).isEqualTo("$B$7");
    assertThat(Refs.fixedRow(14, 4)).isEqualTo("E$15");
    assertThat(Refs.fixedColumn(1, 8)).isEqualTo("$I2");
    assertThat(Refs.cell(0, 26)).isEqualTo("AA1");
    assertThat(Refs.absolute(9, 16)).isEqualTo("$Q$10");
  }

  @Test
  @DisplayName("a range names both ends, even of one cell, as the workbooks' formulas always have")
  void ranges() {
    assertThat(Refs.column(1, 1, 8)).isEqualTo("B2:B9");
    assertThat(Refs.absoluteColumn(4, 1, 1)).isEqualTo("$E$2:$E$2");
    assertThat(Refs.row(1, 14, 17)).isEqualTo("O2:R2");
  }

  @Test
  @DisplayName("a sheet name is always quoted, quotes inside doubled")
  void sheetNames() {
    assertThat(Refs.sheet("Summary")).isEqualTo("'Summary'!");
    assertThat(Refs.sheet("By activity")).isEqualTo("'By activity'!");
    assertThat(Refs.sheet("Bob's")).isEqualTo("'Bob''s'!");
  }

  @Test
  @DisplayName("sums, returns per unit and shares")
  void formulas() {
    assertThat(Formulas.sum("B2:B9")).isEqualTo("SUM(B2:B9)");
    assertThat(Formulas.columnSum(3, 2, 2)).isEqualTo("SUM(D3:D3)");
    assertThat(Formulas.perUnit("H2", "D2")).isEqualTo("IF(D2=0,\"\",H2/D2)");
    assertThat(Formulas.share("E5", "E$9")).isEqualTo("IF(E$9=0,0,E5/E$9)");
    assertThat(Formulas.shareOfPositive("Q2", "$Q$10")).isEqualTo("IF($Q$10<=0,\"\",Q2/$Q$10)");
  }

  @Test
  @DisplayName("a SUMIFS criterion matches the id as text: no wildcard, operator, number or boolean reading")
  void criteria() {
    assertThat(Formulas.criterion("employment")).isEqualTo("\"employment\"");
    assertThat(Formulas.criterion("under-25")).isEqualTo("\"under-25\"");
    assertThat(Formulas.criterion("A*")).isEqualTo("\"=A~*\"");
    assertThat(Formulas.criterion("A?")).isEqualTo("\"=A~?\"");
    assertThat(Formulas.criterion("a~b")).isEqualTo("\"=a~~b\"");
    assertThat(Formulas.criterion("<1")).isEqualTo("\"=<1\"");
    assertThat(Formulas.criterion("001")).isEqualTo("\"=001\"");
    assertThat(Formulas.criterion("TRUE")).isEqualTo("\"=TRUE\"");
    assertThat(Formulas.criterion("50 plus")).isEqualTo("\"=50 plus\"");
    assertThat(Formulas.criterion("\"q\"")).isEqualTo("\"=\"\"q\"\"\"");
  }
}

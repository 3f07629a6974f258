package org.impactkit.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.model.ImpactMap;
import org.impactkit.read.table.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An impact map's rows as read: a row cut short is refused, as its lost shares would change the figures. */
class ImpactMapReaderTest {
  private static final String HEADER = "stakeholder,outcome,quantity,proxy_value,duration,deadweight,attribution,drop_off\n";

  @TempDir Path temp;

  private ImpactMap read(String csv) throws IOException {
    Path file = temp.resolve("impact-map.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try (Table table = Tables.open(file, "impact-map.csv")) {
      return ImpactMapReader.map(table, "£", null);
    }
  }

  @Test
  @DisplayName("a row without a value other rows give is refused at its line; columns no row fills may be left off")
  void cutShort() throws IOException {
    assertThat(read(HEADER + "Young people,Took up sport,35,1127,2,25%,,\n").rows()).hasSize(1);
    assertThatThrownBy(() -> read(HEADER + "Young people,Took up sport,35,1127,2,25%,20%,50%\n"
        + "Volunteers,Volunteered,10,911,1\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::render).containsExactly("impact-map.csv:3:deadweight: this row has 5 values for the"
                + " header's 8 columns, so its 'deadweight' would be read as blank, though other rows give one: give"
                + " the row a value, or an empty one, for every column"));
    // Excel leaves the trailing delimiters off rows whose last cells are all empty
    assertThat(read(HEADER + "Young people,Took up sport,35,1127,2,25%\nVolunteers,Volunteered,10,911,1,10%\n")
        .rows()).hasSize(2);
  }

  @Test
  @DisplayName("§9: an input of 30,000 unquoted is refused, not read as 30 with 000 past the header's end")
  void inputSplitAtAComma() throws IOException {
    Path file = temp.resolve("inputs.csv");
    Files.writeString(file, "stakeholder,description,value\nFunder,Grant,30,000\n", StandardCharsets.UTF_8);
    try (Table table = Tables.open(file, "inputs.csv")) {
      assertThatThrownBy(() -> ImpactMapReader.inputs(table, "£"))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
              .extracting(Diagnostic::render).singleElement().asString()
              .startsWith("inputs.csv:2:value: this row has 4 values for the header's 3 columns")
              .endsWith("e.g. \"30,000\""));
    }
  }

  @Test
  @DisplayName("§4.2: a quantity of 1,250 where semicolons separate cells may be 1.25, so is refused naming both")
  void decimalCommaQuantity() throws IOException {
    String semicolons = HEADER.replace(',', ';');
    assertThatThrownBy(() -> read(semicolons + "Young people;Took up sport;1,250;1127;2;25%;;\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::render).containsExactly("impact-map.csv:2:quantity: '1,250' could be 1250 (a comma"
                + " grouping thousands) or 1.25 (a comma as the decimal point): write 1250 or 1.25 for the one you"
                + " mean"));
    assertThat(read(semicolons + "Young people;Took up sport;1,250.5;1127;2;25%;;\n").rows())
        .singleElement().satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("1250.5"));
    assertThat(read(HEADER + "Young people,Took up sport,\"1,250\",1127,2,25%,,\n").rows())
        .singleElement().satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("1250"));
  }
}

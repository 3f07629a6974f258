package org.impactkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Issue 21: text from inputs stays inert. Escape sequences (which retitle a terminal window or clear
 * the screen), C1 controls and bidirectional overrides in evaluation.yaml, the records or a bank reach
 * neither the terminal nor a report, and the workbook holds no character XML 1.0 forbids.
 */
class UntrustedTextTest {
  /** What a hostile name holds: OSC retitle, BEL, clear screen, C1 CSI, bidi override and isolate. */
  private static final String HOSTILE_YAML = "\\e]0;owned\\a \\e[2J \\x9b31m \\u202Edesrever \\u2066x\\u2069";
  private static final List<String> FORBIDDEN = List.of("\u001b", "\u0007", "\u009b", "\u202E", "\u2066", "\u2069");

  @TempDir Path root;

  private Path hostileEvaluation() throws IOException {
    Path eval = OutputSafetyTest.evaluation(root, "eval");
    Files.writeString(eval.resolve("evaluation.yaml"), "name: \"Club " + HOSTILE_YAML + "\"\n"
        + "organisation: \"Org " + HOSTILE_YAML + "\"\n"
        + "report: {title: \"Title " + HOSTILE_YAML + "\"}\n");
    Files.writeString(eval.resolve("activities.csv"), "activity_id,activity_name,annual_budget,region,partner\n"
        + "A1,Club \u001b]0;owned\u0007 \u202Eeman,1000,outside-london,Partner \u001b[31mred\n");
    Files.writeString(eval.resolve("participants.csv"), "participant_id,activity_id,outcome,age,ward \u001b[2J\n"
        + "P1,A1,regular-volunteering,30,North \u202Ehtron\nP2,A1,,40,South \u009b1m\n");
    return eval;
  }

  private static void assertInert(String where, String text) {
    for (String c : FORBIDDEN) {
      assertThat(text).as("%s holds U+%04X", where, (int) c.charAt(0)).doesNotContain(c);
    }
  }

  @Test
  @DisplayName("issue 21: escape and bidi characters in name, organisation, title and records reach neither the terminal"
      + " nor the JSON, Markdown or CSV reports")
  void terminalAndTextReportsHoldNone() throws IOException {
    Path eval = hostileEvaluation();
    Cli run = Cli.run("calculate", eval.toString(), "-o", root.resolve("report.xlsx").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Title ?]0;owned? ?[2J ?31m ?desrever ?x? — Org ?]0;owned?");
    assertInert("standard output", run.out());
    assertInert("standard error", run.err());

    Cli json = Cli.run("calculate", eval.toString(), "-o", "-", "--quiet");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"name\" : \"Club ?]0;owned? ?[2J ?31m ?desrever ?x?\"")
        .contains("Club ?]0;owned? ?eman").doesNotContainIgnoringCase("\\u001b").doesNotContainIgnoringCase("\\u0007");
    assertInert("JSON", json.out());

    Path md = root.resolve("report.md");
    assertThat(Cli.run("calculate", eval.toString(), "-o", md.toString(), "--quiet").exitCode()).isZero();
    assertInert("Markdown", Files.readString(md));

    Path csv = root.resolve("tables");
    assertThat(Cli.run("calculate", eval.toString(), "--format", "csv", "-o", csv.toString(), "--quiet").exitCode())
        .isZero();
    try (var files = Files.list(csv)) {
      for (Path f : files.toList()) {
        assertInert(f.getFileName().toString(), Files.readString(f));
      }
    }
  }

  @Test
  @DisplayName("issue 21: the workbook holds no forbidden XML character reference, no raw control or bidi character,"
      + " and every part parses as XML 1.0")
  void workbookIsValidXml() throws Exception {
    Path eval = hostileEvaluation();
    Path xlsx = root.resolve("report.xlsx");
    Cli run = Cli.run("calculate", eval.toString(), "-o", xlsx.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> parts = xmlParts(xlsx);
    assertThat(parts).containsKeys("docProps/core.xml", "docProps/app.xml", "xl/worksheets/sheet1.xml");
    assertThat(parts.get("docProps/core.xml")).contains("Title ?]0;owned? ?[2J ?31m ?desrever ?x?");
    assertThat(parts.get("docProps/app.xml")).contains("Org ?]0;owned?");
    Pattern reference = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Map.Entry<String, String> part : parts.entrySet()) {
      Matcher m = reference.matcher(part.getValue());
      while (m.find()) {
        String n = m.group(1);
        int c = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
        assertThat(isXmlChar(c)).as("%s holds %s", part.getKey(), m.group()).isTrue();
      }
      part.getValue().codePoints().forEach(c ->
          assertThat(isXmlChar(c) && c != 0x202E && c != 0x2066).as("%s holds U+%04X", part.getKey(), c).isTrue());
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
          throw e;
        }
      });
      builder.parse(new ByteArrayInputStream(part.getValue().getBytes(UTF_8)));
    }
  }

  @Test
  @DisplayName("issue 21: a bank's names reach 'bank list' and 'bank show' inert")
  void bankTextIsInert() throws IOException {
    Path bank = Files.writeString(root.resolve("bank.json"), """
        {"schema": "impact/bank/v1", "id": "fake", "name": "Fake \\u001b]0;owned\\u0007 bank", "version": "1",
         "currency": "GBP", "priceYear": 2020, "licence": "Test \\u202E licence",
         "outcomes": [{"id": "club", "name": "Club \\u001b[2J", "category": "Test \\u009b", "deadweight": 0.1,
                       "value": 123, "source": "made up \\u2066"}]}
        """);
    Cli list = Cli.run("bank", "list", "--bank", bank.toString());
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("Fake ?]0;owned? bank", "Club ?[2J");
    assertInert("bank list", list.out() + list.err());
    Cli show = Cli.run("bank", "show", "club", "--bank", bank.toString());
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertInert("bank show", show.out() + show.err());
  }

  /** XML 1.0's Char production. */
  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }

  private static Map<String, String> xmlParts(Path xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          try (var in = zip.getInputStream(e)) {
            parts.put(e.getName(), new String(in.readAllBytes(), UTF_8));
          }
        }
      }
    }
    return parts;
  }
}

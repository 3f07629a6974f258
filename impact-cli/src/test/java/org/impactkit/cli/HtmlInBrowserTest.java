package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report (SPEC §8.2) in a real browser: headless Chromium prints it on at most two A4 pages,
 * nothing runs off the side of a phone's screen, and every figure the page shows equals the JSON
 * report's. Needs Chromium, its driver and {@code pdfinfo} (Debian: chromium, chromium-driver,
 * poppler-utils; {@code .ci/run} installs them); without them the test is skipped and says why.
 */
class HtmlInBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("impact.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("impact.chromedriver", "/usr/bin/chromedriver"));
  /** Flags that keep a headless Chromium off the network: a report must need none. */
  private static final List<String> QUIET = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
  private static final String HOSTILE = "long-words-and-markup";
  private static final Pattern MONEY_OR_COUNT = Pattern.compile("^-?[£$€]?(-?[0-9][0-9,]*(\\.[0-9]+)?)$");

  private static final String OVERFLOWING = String.join("\n",
      "const hidden = e => { for (let a = e; a; a = a.parentElement) {",
      "  const s = getComputedStyle(a); if (s.clip !== 'auto' || s.display === 'none') return true; }",
      "  return false; };",
      "return Array.from(document.querySelectorAll('body *')).filter(e => !hidden(e))",
      "  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5",
      "    || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1))",
      "  .map(e => e.tagName + (e.id ? '#' + e.id : '') + ': ' + (e.textContent || '').trim().slice(0, 40));");

  @TempDir Path tmp;

  @BeforeAll
  static void browserPresent() {
    assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM
        + " (apt-get install chromium chromium-driver poppler-utils, or set -Dimpact.chromium)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"derby-youth-alliance-2021-22", "stepping-out-north-kent-2020"})
  @DisplayName("§8.2 --format html prints on at most two A4 pages with Chromium --headless --print-to-pdf")
  void twoPages(String sample) throws Exception {
    assumeTrue(onPath("pdfinfo"), "skipped: no pdfinfo (apt-get install poppler-utils) to count the pages");
    Path html = report(sample, "html");
    Path pdf = tmp.resolve(sample + ".pdf");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString()));
    command.addAll(QUIET);
    command.addAll(List.of("--user-data-dir=" + tmp.resolve("profile"), "--print-to-pdf=" + pdf, html.toUri().toString()));
    run(command);
    assertThat(pdf).isNotEmptyFile();
    String info = run(List.of("pdfinfo", pdf.toString()));
    Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(info);
    assertThat(pages.find()).as(info).isTrue();
    assertThat(Integer.parseInt(pages.group(1))).as("printed pages of " + sample).isBetween(1, 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"derby-youth-alliance-2021-22", "stepping-out-north-kent-2020", HOSTILE})
  @DisplayName("§8.2 on a 390 px phone nothing overflows sideways, and every figure shown equals the JSON's")
  void phoneAndFigures(String sample) throws Exception {
    assumeTrue(Files.isExecutable(DRIVER), "skipped: no chromedriver at " + DRIVER + " (apt-get install chromium-driver)");
    Path html = report(sample, "html");
    JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(Files.readString(report(sample, "json"), StandardCharsets.UTF_8));
    ChromeDriver browser = phone();
    try {
      browser.get(html.toUri().toString());
      JavascriptExecutor js = browser;
      Object widths = js.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
      assertThat(widths).as("page width vs the phone's").isEqualTo(List.of(390L, 390L));
      // Every element on show whose box runs past the right edge of the screen (a table too wide for
      // it), or whose content runs out of its box (a figure wider than its cell).
      Object overflowing = js.executeScript(OVERFLOWING);
      assertThat((List<?>) overflowing).as("elements running off a 390 px screen").isEmpty();
      // The probe finds what it is for: a line too long for the screen.
      js.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
          + " '<p id=\"too-wide\" style=\"white-space: nowrap\">' + 'wide '.repeat(80) + '</p>');");
      assertThat((List<?>) js.executeScript(OVERFLOWING)).asString().contains("P#too-wide");
      browser.navigate().refresh();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> shown = (List<Map<String, Object>>) js.executeScript(
          "return Array.from(document.querySelectorAll('[data-figure]'))"
              + ".map(e => ({ref: e.getAttribute('data-figure'), text: e.innerText.trim()}));");
      assertThat(shown).as("figures marked on the page").hasSizeGreaterThan(20);
      assertThat(shown).extracting(f -> f.get("ref")).contains("/totals/socialValue", "/totals/ratio",
          "/byAgeBand/0/socialValue", "/byOutcome/0/socialValue", "/byActivity/0/socialValue");
      for (Map<String, Object> f : shown) {
        String ref = (String) f.get("ref");
        String text = (String) f.get("text");
        JsonNode expected = json.at(ref);
        assertThat(expected.isNumber()).as("%s is a figure of the JSON", ref).isTrue();
        BigDecimal figure = number(text);
        // The page shows a ratio as money per £1 (to the penny); the JSON keeps four places.
        assertThat(figure).as("%s shown as '%s'", ref, text)
            .isEqualByComparingTo(expected.decimalValue().setScale(figure.scale(), RoundingMode.HALF_UP));
      }
      assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("[data-figure='/totals/socialValue']"))
          .isDisplayed()).isTrue();
    } finally {
      browser.quit();
    }
  }

  /** A figure as the page shows it, as a number: {@code £1,234.50} → 1234.50. */
  private static BigDecimal number(String text) {
    Matcher m = MONEY_OR_COUNT.matcher(text.replace("−", "-"));
    assertThat(m.matches()).as("'%s' reads as one figure", text).isTrue();
    BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
    return text.startsWith("-") ? value.negate() : value;
  }

  /** Chromium emulating a 390 × 844 phone (an iPhone 12-13's CSS pixels), run by its driver. */
  private ChromeDriver phone() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(QUIET);
    options.addArguments("--user-data-dir=" + tmp.resolve("driver-profile"));
    options.setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
    // The Debian driver, named outright, so Selenium never looks for one to download.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  private Path report(String sample, String format) throws IOException {
    Path out = tmp.resolve(sample + "." + format);
    if (!Files.exists(out)) {
      Path folder = sample.equals(HOSTILE) ? hostile() : Path.of("..", "samples", sample);
      Cli run = Cli.run("calculate", folder.toString(), "--format", format, "-o", out.toString(), "-q");
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    return out;
  }

  /**
   * An evaluation whose names are long words without a space and markup: they must wrap on a phone and
   * show as text.
   */
  private Path hostile() throws IOException {
    Path dir = tmp.resolve(HOSTILE);
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      String longName = "Outreach" + "x".repeat(120);
      Files.writeString(dir.resolve("activities.csv"), "activity_id,activity_name,annual_budget,region,partner\n"
          + "A1," + longName + ",1000,london,<b>Partner</b>&amp;\n");
      Files.writeString(dir.resolve("participants.csv"), "participant_id,activity_id,outcome,age,gender\n"
          + "P1,A1,employment,20," + "Z".repeat(90) + "\nP2,A1,,30,<script>x</script>\n");
    }
    return dir;
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a program to its end (at most two minutes) and returns what it printed; fails on a non-zero exit. */
  private String run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(tmp, "run", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(2, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done && p.exitValue() == 0).as("%s: %s", command.get(0), output).isTrue();
    return output;
  }
}

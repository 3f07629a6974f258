package org.impactkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code impact serve} in a real browser (SPEC §11): Debian's Chromium driven through its
 * chromedriver by Selenium, as nothing can be downloaded at run time. Skipped, saying why, where either
 * is missing; {@code .ci/run} installs both.
 *
 * <p>Run with {@code -Dimpact.screenshot=PATH} to write the README's screenshot there.
 */
class ServePageBrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("impact.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  /** Where screenshots of each state are kept for people to look at; build output, never committed. */
  static final Path SHOTS = Path.of("target", "serve-screenshots");

  @TempDir static Path temp;
  static Served served;
  static WebDriver driver;

  @BeforeAll
  static void browser() throws IOException {
    boolean found = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String why = "impact serve's browser tests skipped: no " + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM)
        + " (install Debian's chromium and chromium-driver, as .ci/run does)";
    if (!found) {
      // Straight to the build's console: the tests' own output goes to a file no one reads when all is well.
      PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      console.println("[WARNING] " + why);
    }
    assumeTrue(found, why);
    served = new Served(Files.createDirectory(temp.resolve("server")), Limits.DEFAULT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The network is closed: without these Chromium keeps trying to reach Google's services.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + temp.resolve("profile"), "--window-size=1280,1000");
    options.setExperimentalOption("prefs", Map.of("download.default_directory",
        Files.createDirectory(temp.resolve("downloads")).toString(), "download.prompt_for_download", false));
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void open() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(served.server.address().toString());
  }

  WebDriverWait await() {
    // A bound for a broken page, not a measure of speed: a calculation here takes about a second.
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  void choose(Path... files) {
    driver.findElement(By.id("files")).sendKeys(Stream.of(files).map(f -> f.toAbsolutePath().normalize().toString())
        .collect(Collectors.joining("\n")));
  }

  @Test
  @DisplayName("Done when: headless Chromium renders the page with its file input, every control labelled")
  void pageRendersWithItsFileInput() {
    assertThat(driver.getTitle()).isEqualTo("impact: social value from your records");
    WebElement input = driver.findElement(By.cssSelector("input[type=file]#files"));
    assertThat(input.getAttribute("multiple")).isNotNull();
    assertThat(driver.findElement(By.cssSelector("label[for=files]")).getText()).isEqualTo("Choose files");
    assertThat((List<?>) js("return [...document.querySelectorAll('input,select,textarea')]"
        + ".filter(e => !e.labels || e.labels.length === 0).map(e => e.id)")).isEmpty();
    // The token leaves the address bar once the page has it; the cookie lets a reload in.
    assertThat(driver.getCurrentUrl()).doesNotContain("token");
    driver.navigate().refresh();
    assertThat(driver.findElements(By.id("files"))).hasSize(1);
    assertThat(driver.findElement(By.id("limit")).getText()).isEqualTo("200 MB");
  }

  @Test
  @DisplayName("Done when: uploading the Derby sample shows the checks, then the one-page report with the headline"
      + " figure; the workbook downloads")
  void uploadShowsTheHeadlineFigure() throws IOException {
    choose(ServeApiTest.DERBY.resolve("activities.csv"), ServeApiTest.DERBY.resolve("participants.csv"),
        ServeApiTest.DERBY.resolve("evaluation.yaml"));
    assertThat(driver.findElements(By.cssSelector("#chosen li"))).hasSize(3);
    driver.findElement(By.id("calculate")).click();

    // The checks that do not pass come first, then the one-page report (the --format html file) in a frame.
    assertThat(await().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems"))).getText())
        .contains("worth checking", "Deadweight");
    WebElement frame = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-frame")));
    // The figures 'impact calculate' gives for the same files, as a person reads them.
    JsonNode totals = ServeApiTest.cliJson().get("totals");
    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    driver.switchTo().frame(frame);
    String report = await().until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("Headline") ? text : null;
    });
    driver.switchTo().defaultContent();
    assertThat(report).contains("Derby Youth Alliance", "Social value\n" + pounds.format(totals.get("socialValue").decimalValue()),
        pounds.format(totals.get("ratio").decimalValue().setScale(2, RoundingMode.HALF_UP)) + " of social value for every £1",
        "Under 25");
    awaitReportShownWhole();
    screenshot("results-laptop.png");
    readmeScreenshot();

    driver.findElement(By.xpath("//button[starts-with(., 'Workbook for the funder')]")).click();
    Path workbook = temp.resolve("downloads").resolve("derby-youth-alliance-2021-22-impact.xlsx");
    await().until(d -> Files.exists(workbook) && sizeOf(workbook) > 0);
    assertThat(workbook).isNotEmptyFile();
    assertThat(served.leftovers()).isEmpty();
  }

  @Test
  @DisplayName("the blank template downloads from its link, which the cookie lets in (the address has lost the token)")
  void templateDownloads() throws IOException {
    Path template = temp.resolve("downloads").resolve("evaluation.xlsx");
    Files.deleteIfExists(template);
    driver.findElement(By.linkText("blank template (evaluation.xlsx)")).click();
    await().until(d -> Files.exists(template) && sizeOf(template) > 0);
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Activities")).isNotNull();
    }
  }

  @Test
  @DisplayName("files dropped on the page are taken (the same name again replaces the first), and can be removed")
  void dropAndRemove() {
    // A real drag from the desktop cannot be scripted; the drop event the browser fires for one can.
    js("const drop = (names) => { const dt = new DataTransfer();"
        + " names.forEach(n => dt.items.add(new File(['id\\n'], n, {type: 'text/csv'})));"
        + " document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true,"
        + " cancelable: true})); };"
        + " drop(['activities.csv', 'participants.csv']); drop(['Participants.csv']);");
    List<WebElement> chosen = driver.findElements(By.cssSelector("#chosen li .name"));
    assertThat(chosen).extracting(WebElement::getText).containsExactly("activities.csv", "Participants.csv");
    driver.findElement(By.cssSelector("button[aria-label='Remove activities.csv']")).click();
    assertThat(driver.findElements(By.cssSelector("#chosen li .name"))).extracting(WebElement::getText)
        .containsExactly("Participants.csv");
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("1 file chosen (1 kB).");
  }

  @Test
  @DisplayName("bad input shows each problem with its file, line and column, as the terminal does")
  void problemsShowFileLineAndColumn() {
    choose(ServeApiTest.UNKNOWN_OUTCOME.resolve("activities.csv"), ServeApiTest.UNKNOWN_OUTCOME.resolve("participants.csv"));
    driver.findElement(By.id("calculate")).click();

    WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
    assertThat(error.getText()).contains("1 problem found; nothing was calculated.",
        "participants.csv:2:outcome: outcome 'employmnet' is not in bank uk-wellby-open; did you mean 'employment'?");
    assertThat(driver.findElements(By.id("report-frame"))).isEmpty();
    screenshot("problems.png");
  }

  @Test
  @DisplayName("a wrong period is shown beside its field, marked invalid")
  void fieldErrors() {
    choose(ServeApiTest.DERBY.resolve("activities.csv"), ServeApiTest.DERBY.resolve("participants.csv"));
    driver.findElement(By.id("period")).sendKeys("2021");
    driver.findElement(By.id("calculate")).click();

    WebElement message = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("period-error")));
    assertThat(message.getText()).startsWith("Period: expected a UK financial year such as 2021/22");
    assertThat(driver.findElement(By.id("period")).getAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  @DisplayName("on a phone (390 px) nothing is wider than the screen, results included")
  void phoneWidth() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(served.server.address().toString());
    assertThat(overflow()).isFalse();
    choose(ServeApiTest.DERBY.resolve("activities.csv"), ServeApiTest.DERBY.resolve("participants.csv"),
        ServeApiTest.DERBY.resolve("evaluation.yaml"));
    driver.findElement(By.id("calculate")).click();
    awaitReportShownWhole();
    assertThat(overflow()).isFalse();
    screenshot("results-phone.png");
  }

  @Test
  @DisplayName("a changed option after Calculate marks the figures as old and holds the downloads until recalculated")
  void changedInputsHoldTheDownloads() throws IOException {
    choose(ServeApiTest.DERBY.resolve("activities.csv"), ServeApiTest.DERBY.resolve("participants.csv"),
        ServeApiTest.DERBY.resolve("evaluation.yaml"));
    driver.findElement(By.id("calculate")).click();
    awaitReportShownWhole();
    driver.findElement(By.id("priceYear")).sendKeys("2019");
    assertThat(await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stale"))).getText())
        .contains("The files or options have changed", "Press Calculate again");
    driver.findElement(By.xpath("//button[starts-with(., 'One-page report')]")).click();
    assertThat(driver.findElement(By.id("status")).getText()).contains("press Calculate again first");
    Path downloads = temp.resolve("downloads");
    assertThat(Files.exists(downloads.resolve("derby-youth-alliance-2021-22-impact.html"))).isFalse();

    driver.findElement(By.id("calculate")).click();
    await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("stale")));
    awaitReportShownWhole();
    driver.findElement(By.xpath("//button[starts-with(., 'One-page report')]")).click();
    Path html = downloads.resolve("derby-youth-alliance-2021-22-impact.html");
    await().until(d -> Files.exists(html) && sizeOf(html) > 0);
    assertThat(Files.readString(html)).contains("2019 prices");
  }

  @Test
  @DisplayName("on a phone, a report table wider than its frame scrolls sideways: no figure loses its last digits")
  void phoneTablesScroll() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(served.server.address().toString());
    choose(ServeApiTest.DERBY.resolve("activities.csv"), ServeApiTest.DERBY.resolve("participants.csv"),
        ServeApiTest.DERBY.resolve("evaluation.yaml"));
    driver.findElement(By.id("calculate")).click();
    awaitReportShownWhole();
    assertThat((String) js("const r = document.getElementById('report-frame').contentDocument.documentElement;"
        + " return getComputedStyle(r).overflowX")).isIn("auto", "scroll");
  }

  @Test
  @DisplayName("the keyboard reaches every control in reading order")
  void keyboard() {
    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Actions press the key on the keyboard: sendKeys to a file input would be taken as a file's name.
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      String id = active.getAttribute("id");
      reached.add(id == null || id.isEmpty() ? active.getTagName() : id);
    }
    assertThat(reached).containsSubsequence("files", "period", "bank", "priceYear", "allowEmpty", "calculate");
  }

  /** Waits until the report's frame is as tall as the report: shown whole, with no scroll bar of its own. */
  private void awaitReportShownWhole() {
    await().until(d -> (Boolean) js("const f = document.getElementById('report-frame');"
        + " return !!f && !!f.contentDocument && f.contentDocument.readyState === 'complete'"
        + " && f.contentDocument.documentElement.scrollHeight <= f.clientHeight"));
  }

  private boolean overflow() {
    return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Keeps a screenshot of the whole page in {@link #SHOTS}, for people to look at. */
  private void screenshot(String name) {
    long height = (Long) js("return document.documentElement.scrollHeight");
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 4000)));
    try {
      copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name));
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /**
   * With {@code -Dimpact.screenshot=PATH}, and only then (so a test run never changes the tree), the
   * README's picture: a laptop's window on the results.
   */
  private void readmeScreenshot() {
    String target = System.getProperty("impact.screenshot");
    if (target == null) {
      return;
    }
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(1100, 1100));
    try {
      js("document.getElementById('results').scrollIntoView()");
      copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), Path.of(target));
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

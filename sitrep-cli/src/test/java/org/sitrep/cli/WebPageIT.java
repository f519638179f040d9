package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerOptions;
import org.sitrep.store.Store;

/**
 * The web page in a real browser (Debian's Chromium, driven by its ChromeDriver) against the real
 * server on a real DuckDB store built from the demo articles by the real pipeline: what an analyst
 * sees is checked against what the API says. Screenshots go to target/screenshots.
 */
class WebPageIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String TOKEN = "web-page-test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHOTS = Path.of("target", "screenshots");

  static Path dir;
  static Store store;
  static ApiServer server;
  static String base;
  static ChromeDriver driver;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)").exists();
    assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver").exists();
    dir = Files.createTempDirectory("sitrep-web");
    Path examples = DemoCommand.copyExamples(dir.resolve("examples"));
    store = Store.open(dir.resolve("demo.duckdb").toString());
    int code = new CorpusIngest(SharedPipeline::get, 2, null, new PrintWriter(OutputStream.nullOutputStream()))
        .run(store, List.of(examples));
    assertThat(code).isEqualTo(ExitCodes.OK);
    server = ApiServer.start(store, ServerOptions.local(0).withToken(TOKEN),
        new StoreIntake(store, SharedPipeline::get), new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + server.port() + "/";
    Files.createDirectories(SHOTS);
    driver = chrome();
  }

  /** Headless Chromium; as root it needs --no-sandbox; no background traffic to Google. */
  static ChromeDriver chrome() {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER); // no Selenium Manager download
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1400, 900));
  }

  // ---------------------------------------------------------------- helpers

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Ids of the events the API gives for these filters that have coordinates (markers). */
  static Set<String> mapped(String query) throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode e : api("api/events?limit=500" + query).get("events")) {
      if (!e.get("lat").isNull()) {
        ids.add(e.get("id").asText());
      }
    }
    return ids;
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens the page and waits until its events are drawn. */
  static void open(String hash) {
    driver.get(base + hash);
    waiting().until(d -> d.findElement(By.id("status")).getText().matches("\\d+ of \\d+ events.*"));
  }

  /** The events on the map, read in one script call: the page may redraw them meanwhile. */
  @SuppressWarnings("unchecked")
  static Set<String> markers() {
    return new HashSet<>((List<String>) js(
        "return [...document.querySelectorAll('#map path.event-marker')].map(e => e.getAttribute('data-event'))"));
  }

  static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  // ---------------------------------------------------------------- the page

  @Test
  void theMapShowsTheCorpusEvents() throws Exception {
    open("");
    Set<String> expected = mapped("");
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(markers()).isEqualTo(expected);
    assertThat(driver.findElements(By.cssSelector("#event-list a.event-link")))
        .hasSize(api("api/events?limit=500").get("total").asInt());
    // the basemap is drawn from the bundled countries
    assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).size())
        .isGreaterThan(100);
    assertThat(driver.findElements(By.cssSelector("#timeline rect.day-bar"))).isNotEmpty();
    shot("map");
  }

  @Test
  void aCountryFilterChangesTheMarkers() throws Exception {
    open("");
    Set<String> all = markers();
    new Select(driver.findElement(By.id("f-country"))).selectByValue("NG");
    driver.findElement(By.id("f-apply")).click();
    Set<String> nigeria = mapped("&country=NG");
    waiting().until(d -> markers().equals(nigeria));
    assertThat(nigeria).isNotEmpty();
    assertThat(all).containsAll(nigeria).hasSizeGreaterThan(nigeria.size());
    for (WebElement where : driver.findElements(By.cssSelector("#event-list .where"))) {
      assertThat(where.getText()).contains("NG");
    }
    driver.findElement(By.id("f-reset")).click();
    waiting().until(d -> markers().equals(all));
  }

  @Test
  void aDayOnTheTimelineFiltersTheMap() throws Exception {
    open("");
    WebElement bar = driver.findElements(By.cssSelector("#timeline rect.day-bar")).get(0);
    String day = bar.getAttribute("data-day");
    bar.click();
    Set<String> thatDay = mapped("&from=" + day + "&to=" + day);
    waiting().until(d -> markers().equals(thatDay));
    assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo(day);
    assertThat(driver.findElement(By.cssSelector("#timeline rect.day-bar.selected")).getAttribute("data-day"))
        .isEqualTo(day);
    Set<String> all = mapped("");
    driver.findElement(By.id("t-clear")).click();
    waiting().until(d -> markers().equals(all));
    shot("timeline");
  }

  @Test
  void anEventShowsItsReportsAndTheLedgerOfEachFigure() throws Exception {
    JsonNode event = eventWithLedger();
    open("");
    driver.findElement(By.cssSelector("#event-list a.event-link[data-event='" + event.get("id").asText() + "']")).click();
    WebElement panel = waiting().until(d -> {
      WebElement p = d.findElement(By.id("panel"));
      return p.isDisplayed() && !p.findElements(By.cssSelector("table.ledger")).isEmpty() ? p : null;
    });
    List<String> expected = new ArrayList<>();
    boolean conflict = false;
    for (JsonNode f : event.get("figures")) {
      conflict |= f.get("conflict").asBoolean();
      for (JsonNode c : f.get("claims")) {
        JsonNode s = c.get("source");
        expected.add(c.get("status").asText() + "|" + (s.isNull() ? "unattributed"
            : s.get("name").isNull() ? s.get("kind").asText() : s.get("name").asText() + " (" + s.get("kind").asText() + ")"));
      }
    }
    List<String> shown = new ArrayList<>();
    for (WebElement row : panel.findElements(By.cssSelector("tr.claim"))) {
      shown.add(row.getAttribute("data-status") + "|" + row.findElement(By.cssSelector(".source")).getText()
          .replace(" hedged", ""));
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(panel.findElements(By.cssSelector(".badge.conflict")).isEmpty()).isEqualTo(!conflict);
    Set<String> articles = new HashSet<>();
    event.get("reports").forEach(r -> articles.add(r.get("article").asText()));
    assertThat(panel.findElements(By.cssSelector("a.report-link"))).hasSize(articles.size());
    // the marker of the open event stands out
    assertThat(driver.findElement(By.cssSelector("path.event-marker[data-event='" + event.get("id").asText() + "']"))
        .getAttribute("stroke")).isEqualTo("#f39c12");
    shot("event");
  }

  @Test
  void aLedgerSentenceOpensTheArticleWithItsHighlights() throws Exception {
    JsonNode event = eventWithLedger();
    JsonNode claim = event.get("figures").get(0).get("claims").get(0);
    open("#/event/" + event.get("id").asText());
    WebElement link = waiting().until(d -> d.findElements(By.cssSelector("#panel a.sentence-link")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    link.click();
    WebElement focus = waiting().until(d -> d.findElements(By.cssSelector("#article-text .hl-focus")).stream()
        .findFirst().orElse(null));
    assertThat(driver.findElement(By.id("article")).isDisplayed()).isTrue();
    // the span the ledger points at is the claim's text (it may be cut into pieces by other spans)
    String focused = String.join("", driver.findElements(By.cssSelector("#article-text .hl-focus")).stream()
        .map(WebElement::getText).toList());
    assertThat(focused.replaceAll("\\s+", " ")).isEqualTo(claim.get("text").asText().replaceAll("\\s+", " "));
    assertThat(focus.isDisplayed()).isTrue();
    JsonNode article = api("api/articles/" + claim.get("article").asText());
    assertThat(driver.findElements(By.cssSelector("#article-text .hl-place"))).hasSizeGreaterThanOrEqualTo(article.get("places").size() > 0 ? 1 : 0);
    assertThat(driver.findElements(By.cssSelector("#article-text .hl-claim"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("ul.found[data-kind=claim] li"))).hasSize(article.get("claims").size());
    assertThat(driver.findElements(By.cssSelector("ul.found[data-kind=statement] li"))).hasSize(article.get("statements").size());
    // the article's text is shown whole, as stored
    assertThat(driver.findElement(By.id("article-text")).getText().replaceAll("\\s+", " "))
        .isEqualTo(article.get("text").asText().replaceAll("\\s+", " ").strip());
    shot("article");
  }

  @Test
  void theKeyboardReachesEventsAndBack() {
    open("");
    WebElement first = driver.findElements(By.cssSelector("#event-list a.event-link")).get(0);
    String id = first.getAttribute("data-event");
    first.sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().endsWith("#/event/" + id) && d.findElement(By.id("panel")).isDisplayed());
    driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    waiting().until(d -> d.findElement(By.id("event-list")).isDisplayed());
    // markers are focusable buttons too
    WebElement marker = driver.findElements(By.cssSelector("path.event-marker")).get(0);
    assertThat(marker.getAttribute("tabindex")).isEqualTo("0");
    marker.sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("#/event/"));
  }

  @Test
  void onAPhoneNothingOverflows() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("");
    Number scroll = (Number) js("return document.documentElement.scrollWidth");
    Number width = (Number) js("return document.documentElement.clientWidth");
    assertThat(scroll.intValue()).isLessThanOrEqualTo(width.intValue() + 1);
    assertThat(driver.findElement(By.id("map")).getSize().getHeight()).isGreaterThan(250);
    shot("phone");
  }

  @Test
  void thePageLoadsNothingFromAnotherHostAndLogsNoError() throws Exception {
    open("");
    JsonNode event = eventWithLedger();
    open("#/event/" + event.get("id").asText());
    waiting().until(d -> d.findElement(By.id("panel")).isDisplayed());
    @SuppressWarnings("unchecked")
    List<String> urls = (List<String>) js(
        "return performance.getEntries().map(e => e.name).filter(n => /^[a-z]+:/.test(n))");
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(base));
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    // a refused style or script (Content-Security-Policy) or a failed request would show here
    assertThat(errors).isEmpty();
  }

  // ---------------------------------------------------------------- writing through the API

  @Test
  void aPostedArticleIsAnalysedAndStored() throws Exception {
    String body = JSON.writeValueAsString(Map.of(
        "id", "posted-1",
        "published", "2023-07-15",
        "source", "Test Wire",
        "title", "Police detain 40 after protest in Rajshahi",
        "text", "Police detained 40 students after a protest against job quotas turned violent in Rajshahi"
            + " on Saturday, a police officer said. At least 15 people were injured."));
    HttpResponse<String> unauthorised = http.send(HttpRequest.newBuilder(URI.create(base + "api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(unauthorised.statusCode()).isEqualTo(401);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode added = JSON.readTree(r.body());
    assertThat(added.get("id").asText()).isEqualTo("posted-1");
    assertThat(added.get("events")).isNotEmpty();
    JsonNode article = api("api/articles/posted-1");
    assertThat(article.get("claims").toString()).contains("\"measure\":\"detained\"").contains("\"low\":40");
    assertThat(article.get("places").toString()).contains("Rajshahi");
    JsonNode event = api("api/events/" + added.get("events").get(0).asText());
    assertThat(event.get("articles").toString()).contains("posted-1");
    // the same article again changes nothing
    HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "api/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("stored").asBoolean()).isFalse();
  }

  /** An event of the demo corpus whose figure has a ledger of several claims. */
  static JsonNode eventWithLedger() throws Exception {
    for (JsonNode e : api("api/events?limit=500").get("events")) {
      for (JsonNode f : e.get("figures")) {
        if (f.get("claims").size() >= 3) {
          return api("api/events/" + e.get("id").asText());
        }
      }
    }
    throw new AssertionError("the demo corpus has no event with a ledger of 3 claims or more");
  }
}

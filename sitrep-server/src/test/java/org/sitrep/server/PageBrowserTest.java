package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.Analyst;
import org.sitrep.store.ChangeFeed;
import org.sitrep.store.Examples;
import org.sitrep.store.Intake;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;

import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs) over
 * a server holding the examples: the map shows their events, an event's evidence is highlighted in its report, a
 * report posted while the page is open appears without a reload, and markup in a report stays text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String TOKEN = "browser-test-token";

    Path data;
    Store store;
    SitrepServer server;
    ChromeDriver browser;
    String origin;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        data = Files.createTempDirectory("sitrep-browser");
        store = Store.open(data);
        Pipeline pipeline = StandardPipeline.create();
        Intake intake = new Intake(store, new InputReader());
        intake.receive(Examples.reports().stream().map(Examples::offer).toList());
        try (Analyst analyst = new Analyst(store, pipeline, new ChangeFeed(), 2)) {
            analyst.drain(n -> { });
        }
        server = new SitrepServer(store, pipeline, WriteToken.of(TOKEN),
                new SitrepServer.Options("127.0.0.1", 0, 1 << 20, null, 2), new PrintStream(System.err, true)).start();
        origin = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("sitrep-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void openPage() {
        browser.get(origin + "/");
        waiting().until(d -> "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theMapShowsTheExamplesEvents() throws Exception {
        openPage();
        long stored = (Long) new PictureQuery(store).stats().get("events");
        assertThat(stored).isGreaterThan(20);
        assertThat(browser.findElement(By.id("count-events")).getText().replace(",", "")).isEqualTo(String.valueOf(stored));
        assertThat(browser.findElements(By.cssSelector("#events-tbody tr[data-event-id]"))).hasSize((int) stored);
        // every placed event is on the map: as a circle on the canvas or inside a cluster's count
        Number onMap = (Number) js("""
                let n = 0;
                window.sitrep.map.eachLayer(l => {
                  if (l instanceof L.CircleMarker && l.options && l.options.interactive !== false && !l._sitrepRing) n++;
                  if (l instanceof L.Marker && l.getElement() && l.getElement().classList.contains('cluster'))
                    n += parseInt(l.getElement().textContent.replace(/\\D/g, ''), 10) || 0;
                });
                return n;""");
        assertThat(onMap.intValue()).isGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#map .leaflet-overlay-pane svg path, #map canvas"))).isNotEmpty();
        // the picture for the README: an incident two reports tell, selected, its evidence shown
        String told = new PictureQuery(store).events(org.sitrep.store.EventFilter.ALL).stream()
                .filter(f -> f.event().sources().size() > 1).map(f -> f.event().id()).findFirst().orElseThrow();
        js("window.sitrep.select(arguments[0]);", told);
        waiting().until(d -> "ready".equals(d.findElement(By.id("detail")).getDomAttribute("data-state")));
        waiting().until(d -> !d.findElements(By.cssSelector("#document mark.evidence")).isEmpty());
        js("window.scrollTo(0, 0); document.getElementById('detail').scrollTop = 0;");
        Thread.sleep(300);
        screenshot("page.png");
    }

    @Test
    void clickingAnEventShowsItsEvidenceHighlightedInItsReport() throws Exception {
        openPage();
        WebElement row = browser.findElement(By.cssSelector("#events-tbody tr[data-event-id]"));
        String id = row.getDomAttribute("data-event-id");
        row.click();
        waiting().until(d -> "ready".equals(d.findElement(By.id("detail")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("detail")).getDomAttribute("data-event-id")).isEqualTo(id);
        WebElement mark = waiting().until(d -> d.findElement(By.cssSelector("#document mark.evidence")));
        String first = browser.findElement(By.cssSelector("#detail-evidence .evidence-item")).getText();
        assertThat(mark.getText()).isNotBlank();
        assertThat(first.replaceAll("\\s+", " ")).contains(mark.getText().replaceAll("\\s+", " ").substring(0,
                Math.min(40, mark.getText().length())));
        screenshot("page-evidence.png");
    }

    @Test
    void aPostedReportAppearsWithoutAReloadAndItsMarkupStaysText() throws Exception {
        openPage();
        js("window.__sameDocument = true;");
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(origin + "/api/reports?name=kharkiv-markup.txt"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(ServerApiTest.KHARKIV, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        WebElement row = waiting().until(d -> d.findElement(
                By.cssSelector("#events-tbody tr[data-event-id='kharkiv-markup#e1']")));
        assertThat(js("return window.__sameDocument === true;")).isEqualTo(true); // no reload happened
        row.click();
        waiting().until(d -> "ready".equals(d.findElement(By.id("document")).getDomAttribute("data-state")));
        WebElement doc = browser.findElement(By.id("document"));
        assertThat(doc.getText()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
        assertThat(doc.findElements(By.tagName("script"))).isEmpty();
        assertThat(doc.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("page-live.png");
        List<WebElement> marks = doc.findElements(By.cssSelector("mark.evidence"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).contains("Russian drones struck");
    }
}

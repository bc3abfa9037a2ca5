package org.pcrnavigator.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser (Debian's headless Chromium through chromedriver): log in, create a
 * client, answer the interview, read the analysis, download a filing packet. Keeps a screenshot of the
 * analysis page in target/ (docs/ holds a reviewed copy).
 */
@Tag("e2e")
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    @TempDir static Path dir;
    static WorkbenchFixture wb;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        wb = new WorkbenchFixture(dir);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1400", "--user-data-dir=" + dir.resolve("chrome"));
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (wb != null) wb.close();
    }

    @Test
    void anAdvocateTakesACaseFromIntakeToAPacket() throws Exception {
        driver.get(wb.base + "/clients");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        driver.findElement(By.id("email")).sendKeys(WorkbenchFixture.ALPHA_ADVOCATE);
        driver.findElement(By.id("password")).sendKeys(WorkbenchFixture.PASSWORD);
        submit(driver.findElement(By.cssSelector("form.login button")));
        assertThat(driver.getCurrentUrl()).endsWith("/clients");

        driver.findElement(By.id("name")).sendKeys("María Ejemplo");
        driver.findElement(By.id("dob")).sendKeys("1984-02-10");
        new Select(driver.findElement(By.id("status"))).selectByValue("lpr");
        driver.findElement(By.cssSelector("input[name=goals][value=naturalization]")).click();
        driver.findElement(By.id("statute")).sendKeys("PC 273.5(a)");
        submit(driver.findElement(By.cssSelector("form.stack button[type=submit]")));
        assertThat(driver.getCurrentUrl()).contains("/interview");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("María Ejemplo");

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "workbench-interview.png"), driver.getScreenshotAs(OutputType.BYTES));
        answer("convictions.c1.pleaDate", "2010-06-01");
        answer("convictions.c1.plea", "no_contest");
        // the rest only where the analysis still asks for them: which facts matter is the engine's call
        String[][] more = {{"convictions.c1.disposition", "convicted"}, {"convictions.c1.level", "felony"}, {"convictions.c1.sentence.confinementDays", "365"},
            {"immigration.lprDate", "2008-09-15"}, {"convictions.c1.counselAdvice", "none"},
            {"convictions.c1.immigrationConcernAtPlea", "yes"}, {"convictions.c1.judgmentDate", "2010-06-01"}};
        for (String[] a : more) {
            if (!driver.findElements(By.cssSelector("li.question[data-fact='" + a[0] + "']")).isEmpty()) answer(a[0], a[1]);
        }
        List<String> open = new ArrayList<>();
        for (WebElement q : driver.findElements(By.cssSelector("li.question"))) open.add(q.getAttribute("data-fact"));
        assertThat(open).doesNotContain("convictions.c1.pleaDate", "convictions.c1.plea", "convictions.c1.counselAdvice");

        submit(driver.findElement(By.linkText("Analysis")));
        WebElement goal = driver.findElement(By.cssSelector("li.goal"));
        assertThat(goal.getText()).contains("Naturalization").containsAnyOf("barred", "at risk", "unknown", "clear");
        goal.findElement(By.tagName("summary")).click();
        assertThat(goal.findElement(By.cssSelector("details.finding")).isDisplayed()).isTrue();
        Path shot = Path.of("target", "workbench-analysis.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

        submit(driver.findElement(By.linkText("Drafts")));
        WebElement link = driver.findElement(By.partialLinkText("c1: pc1473_7_a1"));
        byte[] zip = fetchWithSession(link.getAttribute("href"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) names.add(e.getName());
        }
        assertThat(names).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".docx"));
    }

    /** Every visible form control of the page has a label (a {@code <label for>}, or one around it). */
    private static void everyControlIsLabelled() {
        Object unlabelled = driver.executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                        + ".filter(e => !(e.id && document.querySelector('label[for=\\'' + e.id + '\\']')) && !e.closest('label'))"
                        + ".map(e => e.name || e.outerHTML);");
        assertThat((List<?>) unlabelled).as("controls without a label on " + driver.getCurrentUrl()).isEmpty();
    }

    /** Clicks and waits until the browser has left the page (the click alone does not wait for the next page). */
    private static void submit(WebElement e) {
        // mark the current page; a new page has a fresh window object without the mark
        driver.executeScript("window.pcrOldPage = true;");
        e.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.pcrOldPage === undefined && document.readyState === 'complete';")));
        everyControlIsLabelled();
    }

    /** Answers the question about {@code fact} on the interview page. */
    private static void answer(String fact, String value) {
        WebElement q = driver.findElement(By.cssSelector("li.question[data-fact='" + fact + "']"));
        WebElement input = q.findElement(By.name("value"));
        if (input.getTagName().equals("select")) new Select(input).selectByValue(value);
        else input.sendKeys(value);
        submit(q.findElement(By.cssSelector("button[value=answer]")));
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isNotBlank();
    }

    /** Downloads a link with the browser's session cookie (headless Chromium's own downloads are not observable). */
    private static byte[] fetchWithSession(String href) throws Exception {
        String session = driver.manage().getCookieNamed(Workbench.SESSION_COOKIE).getValue();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", Workbench.SESSION_COOKIE + "=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        return r.body();
    }
}

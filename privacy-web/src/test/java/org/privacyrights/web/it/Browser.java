package org.privacyrights.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian, driven by its own chromedriver (nothing is downloaded), with axe-core for the
 * accessibility checks and screenshots saved as build artifacts. The test services script installs all three.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private final Path downloads;

    Browser() {
        try {
            downloads = Files.createTempDirectory(Path.of("target"), "downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(new File(CHROMEDRIVER).canExecute())
                .as("Chromium's driver at " + CHROMEDRIVER + "; config/test-services/start.sh installs it")
                .isTrue();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--window-size=1280,900",
                        "--lang=en");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "en",
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Headless Chromium saves downloads only where it is told to.
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
    }

    void open(String url) {
        driver.get(url);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
    }

    boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Waits until the element's text contains {@code text}, without reloading the page. */
    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /**
     * Submits the form as if it held a button the page did not render: what an attacker's crafted postback does.
     */
    void submitWithCraftedButton(String formId, String buttonName) {
        driver.executeScript(
                "const form = document.getElementById(arguments[0]);"
                        + "const add = (name, value) => { const input = document.createElement('input');"
                        + " input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input); };"
                        + "add(arguments[1], arguments[1]);"
                        // The attacker has the page, so its script nonce too, which PrimeFaces checks on postbacks.
                        + "add('primefaces.nonce', document.querySelector('script[nonce]').nonce);"
                        + "form.submit();",
                formId,
                buttonName);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until the browser has saved a download whose name ends in {@code suffix}, and reads it. */
    byte[] awaitDownload(String suffix) {
        Path file = new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "no download; the page says: " + pageText())
                .until(d -> {
                    try (var files = Files.list(downloads)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                                .findFirst()
                                .orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        try {
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs a staff member in through the dashboard's login page, ending whoever was signed in before. */
    void signIn(String base, String user, String password) {
        open(base + "staff/requests.xhtml");
        if (isPresent("session:logout")) {
            signOut();
        }
        type("login:username", user);
        type("login:password", password);
        click(By.id("login:signIn"));
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        visible("session:logout");
    }

    void signOut() {
        click(By.id("session:logout"));
        visible("login:username");
    }

    /** The HTTP status the server answers this browser's session with, for a request the page did not offer. */
    long status(String method, String url) {
        Object status = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', redirect: 'manual',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: arguments[1] === 'POST' ? 'users=users' : undefined})"
                        + ".then(r => done(r.status), () => done(-1));",
                url,
                method);
        return ((Number) status).longValue();
    }

    /** Waits until {@code condition} holds, without reloading the page. */
    void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        // An element read while the page re-renders it is stale: the next look reads the new one.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Runs a script in the page, as a test's probe; what it returns. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Scripts the page itself logged as blocked or failed (a Content-Security-Policy violation, say). */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    /** Runs axe-core's WCAG 2.1 A and AA rules on the page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() throws IOException {
        String axe = Files.readString(Path.of(System.getProperty("axe.script")));
        driver.executeScript(axe);
        Map<String, Object> results =
                (Map<String, Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r), e => done({error: String(e)}));");
        assertThat(results).doesNotContainKey("error");
        return ((List<Map<String, Object>>) results.get("violations"))
                .stream()
                        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
                                + ((List<Map<String, Object>>) v.get("nodes"))
                                        .stream()
                                                .map(node -> node.get("target") + " " + node.get("html"))
                                                .toList())
                        .toList();
    }

    /** Saves the page as {@code <name>.png} among the build's screenshots. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(downloads)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One console user in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code scripts/test.sh} installs): its own profile, a 1600×1000 window, every browser log line kept. Selenium is
 * pointed at {@code /usr/bin/chromedriver} and {@code /usr/bin/chromium} so that it never tries to download one.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;
    private final List<String> cspViolations = new ArrayList<>();

    ConsoleBrowser(String base, Path profile) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1600,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // The console redraws lists as the stream brings events: an element found a moment ago may be replaced.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens the console and signs in with the keyboard only: name, Tab, password, Enter. */
    void signIn(String username) {
        driver.get(base + "/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
        assertThat(driver.switchTo().activeElement()).isEqualTo(name);
        keys(username, Keys.TAB, "demo", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app")));
        wait.until(ExpectedConditions.attributeToBe(By.id("link-stream"), "data-state", "up"));
    }

    /** Types into whatever has the focus, as a user would. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A chord such as Alt+L or Ctrl+Enter. */
    void chord(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors in the browser's log since the last call: script errors, failed requests, console.error. */
    List<String> errors() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.stream().map(LogEntry::toString).filter(ConsoleBrowser::isCspViolation).forEach(cspViolations::add);
        return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    /**
     * Every Content-Security-Policy violation the browser logged since it started ("Refused to execute inline
     * script because it violates the following Content Security Policy directive ...").
     */
    List<String> cspViolations() {
        errors();
        return List.copyOf(cspViolations);
    }

    private static boolean isCspViolation(String line) {
        return line.contains("Content Security Policy") || line.contains("Content-Security-Policy");
    }

    /** Quits the browser, after checking that the console never broke its Content-Security-Policy. */
    @Override
    public void close() {
        try {
            assertThat(cspViolations()).as("CSP violations in the browser log").isEmpty();
        } finally {
            driver.quit();
        }
    }
}

package com.outsourcingledger.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One headless Chromium for a test class, the system's own ({@code chromium} and {@code chromium-driver}; .ci/run
 * installs them), so nothing is downloaded: {@code @RegisterExtension static final Browser browser = new Browser();}
 * It signs in to the console with its form, waits on conditions (never sleeps), and with
 * {@code -Dconsole.screenshots=true} writes screenshots to docs/console/.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    static final String PASSWORD = LedgerClient.PASSWORD;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The console's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does it when they are missing)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("console-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(URI url) {
        driver.get(url.toString());
    }

    /** Forgets the session and the language, then signs in with the form at {@code /login} of {@code querySide}. */
    void signIn(LedgerSystem system, String user, String password) {
        signOut(system);
        open(system.queryUrl("/login"));
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Signs in as an embedded user, whose password is the embedded one, and waits for the first page. */
    void signIn(LedgerSystem system, String user) {
        signIn(system, user, PASSWORD);
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    void signOut(LedgerSystem system) {
        open(system.queryUrl("/login"));
        driver.manage().deleteAllCookies();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    /** Waits until the text of {@code by} satisfies {@code condition} and answers it. */
    String awaitText(By by, Predicate<String> condition) {
        waitFor(d -> {
            var found = d.findElements(by);
            return !found.isEmpty() && condition.test(found.getFirst().getText().strip());
        });
        return text(by);
    }

    void waitFor(Predicate<ChromeDriver> condition) {
        new WebDriverWait(driver, PATIENCE).until(d -> condition.test(driver));
    }

    /** The browser's window size from now on: 390 wide is a phone's width, 1280 a desktop's. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs the browser's clock in {@code zone} (an IANA id) from now on, as a client there would; null: the machine's. */
    void inZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone == null ? "" : zone));
    }

    /** Whether the page fits the window's width, with no sideways scrolling of the whole page. */
    boolean fitsTheWidth() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** Presses keys on whatever has the focus now. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The page's path, without the host. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Writes the whole page (up to 2400 px high) as docs/console/{@code name}.png when
     * {@code -Dconsole.screenshots=true}, else nothing.
     */
    void screenshot(String name) {
        if (!Boolean.getBoolean("console.screenshots")) {
            return;
        }
        Path target = Path.of("..", "docs", "console", name + ".png");
        Dimension window = driver.manage().window().getSize();
        long page = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.clamp(page, window.height, 2400)));
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}

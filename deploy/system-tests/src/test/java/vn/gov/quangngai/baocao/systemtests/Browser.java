package vn.gov.quangngai.baocao.systemtests;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's chromium, headless, through its chromedriver, with a
 * fresh profile and downloads folder, an office screen's size (1366×768). Nothing is downloaded
 * to run it; {@code .ci/run} installs the two Debian packages when they are missing.
 */
final class Browser implements AutoCloseable {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    private static final Duration WAIT = Duration.ofSeconds(15);

    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final String console;

    private Browser(WebDriver driver, Path profile, Path downloads, String console) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.console = console;
    }

    static Browser open(String consoleUrl) {
        try {
            Path profile = Files.createTempDirectory("baocao-chromium-");
            Path downloads = Files.createTempDirectory("baocao-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=vi");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "vi"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // --window-size is the window's, browser chrome included (the page then had 1366×625): the page's viewport is set
            // exactly instead, so that what the page shows, and every screenshot, is the office screen's 1366×768
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
            return new Browser(driver, profile, downloads, consoleUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the console's start page and signs in on Keycloak's own login page. */
    Browser signIn(String username) {
        driver.get(console + "/");
        signInOnKeycloak(username);
        waitFor(By.cssSelector("main h1"));
        return this;
    }

    /** Fills Keycloak's login form (the person's password is their user name in the development realm). */
    void signInOnKeycloak(String username) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Every cookie of every site, Keycloak's included (WebDriver's own call sees only the current page's). */
    void clearAllCookies() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Ends the console's session as its expiry would: its session cookie is gone, while Keycloak's
     * single sign-on session (on its own path) stays, so the next request signs in again without a password.
     */
    void endConsoleSession() {
        driver.manage().getCookies().stream().filter(cookie -> cookie.getName().startsWith("q_session"))
                .forEach(cookie -> driver.manage().deleteCookieNamed(cookie.getName()));
    }

    /** Replaces what a field holds by typing, as a person would (the page's input events fire). */
    void retype(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    String value(By locator) {
        return driver.findElement(locator).getDomProperty("value");
    }

    void go(String path) {
        driver.get(console + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getRawPath();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForText(By locator, String text, Duration within) {
        new WebDriverWait(driver, within).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    void click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Scrolls the element to the middle of the window first, as a person would, out from under the sticky save bar, then clicks it. */
    void clickInView(By locator) {
        script("arguments[0].scrollIntoView({block: 'center'});", waitFor(locator));
        click(locator);
    }

    /** Sets a date field as the browser's date picker would (its typed format depends on the browser's locale). */
    void setValue(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(locator), value);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Scrolls so the element is at the top of the window, for a screenshot of that part of the page. */
    void scrollTo(By locator) {
        script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -8);", driver.findElement(locator));
    }

    /**
     * Takes what the window shows, checks that it is {@value #WIDTH}×{@value #HEIGHT} (the size
     * docs/console.md states), and saves it as {@code name}.png into the folder named by
     * -Dconsole.screenshots (relative to the repository root); without it nothing is saved, so
     * ordinary runs leave the tree alone, but the size is still checked.
     */
    void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        int[] size = pngSize(png);
        if (size[0] != WIDTH || size[1] != HEIGHT) {
            throw new AssertionError("screenshot " + name + " is " + size[0] + "×" + size[1] + ", not " + WIDTH + "×" + HEIGHT);
        }
        String folder = System.getProperty("console.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        Path target = Path.of(folder).isAbsolute() ? Path.of(folder) : Path.of(System.getProperty("suite.root", ".")).resolve(folder);
        try {
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width and height from a PNG's header (its IHDR chunk, which comes first: bytes 16 to 23, big-endian). */
    static int[] pngSize(byte[] png) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png);
        if (png.length < 24 || header.getLong(0) != 0x89504E470D0A1A0AL || header.getInt(12) != 0x49484452) {
            throw new AssertionError("not a PNG");
        }
        return new int[] {header.getInt(16), header.getInt(20)};
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

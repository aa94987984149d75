package io.github.amocrmspring.sample.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium, headless, through its ChromeDriver, with a fresh profile and no network of its own.
 *
 * <p>The binaries come from {@code AMOCRM_TEST_CHROMIUM} and {@code AMOCRM_TEST_CHROMEDRIVER}, by default
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. A missing binary fails the test: the browser test
 * is part of the build, not an optional extra.
 */
final class HeadlessChromium implements AutoCloseable {

    private final Path profile;

    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static HeadlessChromium start() throws IOException {
        Path chromium = executable("AMOCRM_TEST_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = executable("AMOCRM_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("amocrm-sample-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(profile, driver);
    }

    ChromeDriver driver() {
        return this.driver;
    }

    @Override
    public void close() throws IOException {
        try {
            this.driver.quit();
        } finally {
            deleteRecursively(this.profile);
        }
    }

    private static Path executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        Path path = Path.of((configured == null || configured.isBlank()) ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing or not executable. Install Debian's chromium and "
                    + "chromium-driver (scripts/ensure-services.sh does), or point " + variable + " at it.");
        }
        return path;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }
}

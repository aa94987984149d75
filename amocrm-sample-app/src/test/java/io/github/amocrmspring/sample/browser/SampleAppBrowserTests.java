package io.github.amocrmspring.sample.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.support.SampleAppTestSupport;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole flow in a real headless Chromium: start page, "Connect amoCRM", "Allow" on the fake amoCRM's
 * authorization page, the callback, the account page, a new lead with a contact, and the lead in the table.
 *
 * <p>A screenshot of the account page is written to {@code target/screenshots/}; with
 * {@code -Dsample.screenshot.docs=true} it is also copied to {@code docs/images/} for the README.
 */
class SampleAppBrowserTests extends SampleAppTestSupport {

    private static final String ACCOUNT = AmoFakeServer.DEFAULT_ACCOUNT;

    private static final String SCREENSHOT = "sample-account-page.png";

    private HeadlessChromium chromium;

    private ChromeDriver driver;

    private WebDriverWait wait;

    @BeforeEach
    void startChromium() throws IOException {
        this.chromium = HeadlessChromium.start();
        this.driver = this.chromium.driver();
        this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopChromium() throws IOException {
        this.chromium.close();
    }

    @Test
    void shouldConnectAnAccountAndCreateALeadInTheBrowser() throws IOException {
        this.driver.get("http://localhost:" + this.port + "/");
        assertThat(this.driver.findElement(By.id("mode")).getText()).isEqualTo("demo mode");
        assertThat(this.driver.findElement(By.id("demo-banner")).getText()).contains("Demo mode");

        this.driver.findElement(By.id("connect")).click();
        WebElement allow = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("allow")));
        assertThat(this.driver.getCurrentUrl()).startsWith(this.amo.baseUrl("www.amocrm.ru") + "/oauth");
        new Select(this.driver.findElement(By.id("account"))).selectByValue(ACCOUNT);
        allow.click();

        this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name")));
        assertThat(this.driver.getCurrentUrl()).isEqualTo("http://localhost:" + this.port + "/accounts/" + ACCOUNT);
        assertThat(this.driver.findElement(By.id("account-name")).getText())
                .isEqualTo(this.amo.account(ACCOUNT).name());
        assertThat(this.driver.findElements(By.cssSelector("#users tbody tr"))).isNotEmpty();
        assertThat(this.driver.findElements(By.cssSelector("#pipelines tbody tr")))
                .isNotEmpty();
        assertThat(this.driver.findElement(By.id("token-expires-at")).getText()).endsWith("UTC");
        assertThat(this.tokenStorage.hasTokens(ACCOUNT)).isTrue();

        fill("leadName", "Website redesign for Northwind");
        fill("price", "240000");
        fill("contactName", "Maria Ivanova");
        fill("phone", "+7 912 345-67-89");
        fill("email", "maria.ivanova@northwind.example");
        this.driver.findElement(By.id("create-lead")).click();

        WebElement created = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
        long leadId =
                Long.parseLong(created.getText().replaceAll("\\D+", " ").trim().split(" ")[0]);
        WebElement row = this.driver.findElement(By.cssSelector("#leads-table tr[data-lead-id='" + leadId + "']"));
        assertThat(row.getText()).contains("Website redesign for Northwind").contains("Maria Ivanova");
        assertThat(this.amo
                        .account(ACCOUNT)
                        .entity(EntityType.LEAD, leadId)
                        .path("name")
                        .asString(""))
                .isEqualTo("Website redesign for Northwind");

        saveScreenshot();
    }

    @Test
    void shouldSayThatAccessWasDeclinedWhenTheUserDeclines() {
        this.driver.get("http://localhost:" + this.port + "/");

        this.driver.findElement(By.id("connect")).click();
        this.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("decline")))
                .click();

        WebElement declined = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("declined")));
        assertThat(declined.getText()).contains("You declined access");
        assertThat(this.tokenStorage.accountHosts()).isEmpty();
    }

    private void fill(String name, String value) {
        WebElement input = this.driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private void saveScreenshot() throws IOException {
        this.driver.executeScript("window.scrollTo(0, 0)");
        Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip =
                Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1);
        Map<String, Object> screenshot = this.driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        byte[] png = Base64.getDecoder().decode((String) screenshot.get("data"));
        Path target = Path.of("target", "screenshots", SCREENSHOT);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("sample.screenshot.docs")) {
            Path docs = Path.of("..", "docs", "images", SCREENSHOT);
            Files.createDirectories(docs.getParent());
            Files.copy(target, docs, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.size(target)).isGreaterThan(10_000L);
    }
}

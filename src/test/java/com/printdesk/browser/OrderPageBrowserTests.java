package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** What a client does on "Order a print": upload models, look at them in 3D, and see what was refused and why. */
@BrowserTest
class OrderPageBrowserTests {

    /** The shared corpus as the upload tests find it; absolute, because the browser reads the files itself. */
    static final Path MODELS = (Files.isDirectory(Path.of("../shared/models")) ? Path.of("../shared/models")
            : Path.of("/work/shared/models")).toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aClientUploadsAnStlAndA3mfSeesThemIn3dAndARefusedFileIsExplainedBesideIt(WebDriver browser) {
        signIn(browser, data.clientEmail());
        browser.findElement(By.id("nav-order")).click();
        Pages.waitForUrl(browser, "/portal/order");
        assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isTrue();

        browser.findElement(By.id("file-input")).sendKeys(MODELS.resolve("xyz_calibration_cube.stl") + "\n"
                + MODELS.resolve("empty_solid_ascii.stl") + "\n" + MODELS.resolve("components_transform.3mf"));

        wait(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-item"), 2));
        WebElement card = card(browser, "xyz_calibration_cube.stl");
        assertThat(card.findElement(By.cssSelector(".item-name")).getText()).isEqualTo("xyz_calibration_cube.stl");
        assertThat(card.findElement(By.cssSelector(".item-size")).getText()).isEqualTo("20.0 × 20.0 × 20.0 mm");
        assertThat(card.findElement(By.cssSelector(".item-mesh")).getText()).contains("watertight");
        assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isFalse();

        WebElement refused = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload.refused")));
        assertThat(refused.getText()).contains("empty_solid_ascii.stl").containsIgnoringCase("facet");

        // Chromium here draws WebGL with SwiftShader (see Chromium): the preview is a canvas, not the fallback
        WebElement canvas = wait(browser).until(ExpectedConditions.presenceOfNestedElementLocatedBy(card,
                By.cssSelector(".preview canvas")));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);
        assertThat(card.findElements(By.cssSelector(".preview .preview-message"))).isEmpty();

        WebElement threeMf = card(browser, "components_transform.3mf");
        assertThat(threeMf.findElement(By.cssSelector(".item-size")).getText()).isEqualTo("70.0 × 60.0 × 30.0 mm");
        wait(browser).until(ExpectedConditions.presenceOfNestedElementLocatedBy(threeMf, By.cssSelector(".preview canvas")));
    }

    private WebElement card(WebDriver browser, String fileName) {
        return browser.findElement(By.xpath("//article[contains(@class,'order-item')][.//h2[text()='" + fileName + "']]"));
    }

    private WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void signIn(WebDriver browser, String email) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        Pages.waitForUrl(browser, "/portal");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

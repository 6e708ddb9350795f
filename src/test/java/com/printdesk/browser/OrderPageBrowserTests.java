package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/**
 * What a client does on "Order a print": upload models, look at them in 3D, see what was refused and why, get a
 * price, pay through the simulated Stripe Checkout and find the paid invoice.
 */
@BrowserTest
class OrderPageBrowserTests {

    /** The shared corpus as the upload tests find it; absolute, because the browser reads the files itself. */
    static final Path MODELS = (Files.isDirectory(Path.of("../shared/models")) ? Path.of("../shared/models")
            : Path.of("/work/shared/models")).toAbsolutePath().normalize();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    MaterialAdmin materials;

    @Autowired
    PrinterAdmin printers;

    @Test
    void aClientUploadsModelsSeesThemIn3dHearsWhyOneWasRefusedAndGetsASlicedPriceToPay(WebDriver browser) {
        MaterialView pla = pricedMaterial();
        PrinterView printer = printerFor(pla);
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

        // priced by PrusaSlicer in a material only this test's printer prints; the 3MF goes, the cube stays
        threeMf.findElement(By.cssSelector(".item-remove")).click();
        browser.switchTo().alert().accept();
        new Select(card.findElement(By.name("materialId"))).selectByValue(String.valueOf(pla.id()));
        WebElement figures = card.findElement(By.cssSelector(".item-figures"));
        // PrusaSlicer runs for real; on a busy shared box a slice can queue behind others
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> browser.findElement(By.id("price-status")).getText())
                .until(ExpectedConditions.textToBePresentInElement(figures, "on " + printer.name()));
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        assertThat(card.findElement(By.cssSelector(".item-state")).getText()).isEqualTo("completed");
        assertThat(figures.getText()).matches(".* g, .* h each · \\$[\\d,]+\\.\\d\\d each · line \\$[\\d,]+\\.\\d\\d · on .*");
        assertThat(browser.findElement(By.id("order-total")).getText()).matches("\\$[\\d,]+\\.\\d\\d");
        assertThat(browser.findElement(By.id("price-status")).getText()).startsWith("Price ready");

        // on a phone-sized window nothing sticks out sideways (a select is as wide as its longest material)
        browser.manage().window().setSize(new Dimension(400, 900));
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat((java.util.List<?>) widths).satisfies(w -> assertThat(((Number) w.get(0)).intValue())
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue()));

        // pays (on that narrow window) through the dev run's simulated Stripe Checkout; the invoice is paid
        String total = browser.findElement(By.id("order-total")).getText();
        browser.findElement(By.id("pay")).click();
        Pages.waitForUrl(browser, "/dev/stripe/checkout/");
        assertThat(browser.findElement(By.id("checkout-amount")).getText()).isEqualTo(total + " AUD");
        browser.findElement(By.id("simulated-pay")).click();
        Pages.waitForUrl(browser, "/portal/order/attempts/");
        assertThat(browser.findElement(By.id("payment-received")).getText()).startsWith("Payment received");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(By.id("invoice-link")))
                .click();
        Pages.waitForUrl(browser, "/portal/invoices/");
        assertThat(browser.findElement(By.cssSelector(".toolbar .tag")).getText()).isEqualTo("PAID");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("xyz_calibration_cube.stl")
                .contains("Delivery").contains("Pickup");
    }

    @Test
    void aModelThatFitsNoPrinterShowsWhyAndBlocksPayAndAModelInMetresIsScaledByTheClientsChoice(WebDriver browser) {
        MaterialView tiny = pricedMaterial();
        printerFor(tiny, 15);
        signIn(browser, data.clientEmail());
        browser.get(url("/portal/order"));

        browser.findElement(By.id("file-input")).sendKeys(MODELS.resolve("adis16480_in_metres.stl") + "\n"
                + MODELS.resolve("xyz_calibration_cube.stl"));
        wait(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order-item"), 2));

        WebElement metres = card(browser, "adis16480_in_metres.stl");
        assertThat(metres.findElement(By.cssSelector(".item-size")).getText()).isEqualTo("0.044 × 0.014 × 0.047 mm");
        assertThat(metres.findElement(By.cssSelector(".unit-reason")).getText()).contains("metres or inches");
        WebElement toMetres = metres.findElement(By.xpath(".//button[contains(., 'metres') and contains(., '×1000')]"));
        toMetres.click();
        assertThat(toMetres.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(metres.findElement(By.cssSelector(".item-size")).getText()).isEqualTo("44.0 × 14.0 × 47.0 mm");

        WebElement cube = card(browser, "xyz_calibration_cube.stl");
        new Select(metres.findElement(By.name("materialId"))).selectByValue(String.valueOf(tiny.id()));
        new Select(cube.findElement(By.name("materialId"))).selectByValue(String.valueOf(tiny.id()));
        WebElement failure = cube.findElement(By.cssSelector(".item-failure"));
        wait(browser).until(ExpectedConditions.textToBePresentInElement(failure, "15 × 15 × 15 mm"));
        assertThat(failure.getText()).contains("20.0 × 20.0 × 20.0 mm");
        assertThat(cube.findElement(By.cssSelector(".item-state")).getText()).isEqualTo("failed");
        assertThat(browser.findElement(By.id("price-status")).getText()).contains("could not be priced");
        assertThat(browser.findElement(By.id("pay")).isEnabled()).isFalse();

        // the address is checked as the server checks it, field by field once the client leaves a field
        browser.findElement(By.cssSelector("input[value=SHIPPING]")).click();
        browser.findElement(By.name("postcode")).sendKeys("20");
        browser.findElement(By.name("street")).click();
        assertThat(browser.findElement(By.cssSelector("[data-error-for=postcode]")).getText())
                .isEqualTo("Enter a 4-digit postcode.");
        assertThat(browser.findElement(By.cssSelector("[data-error-for=street]")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("order-total")).getText()).isNotEmpty();
        assertThat(browser.findElement(By.id("total-label")).getText()).isEqualTo("Total before shipping");
    }

    @Test
    void withoutWebGlTheCardShowsTheSizesAndSaysThePreviewNeedsIt(WebDriver browser) {
        // a browser whose canvases offer no WebGL context, as on old or locked-down machines
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const original = HTMLCanvasElement.prototype.getContext;
                HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
                  return /webgl/i.test(type) ? null : original.call(this, type, ...rest);
                };"""));
        signIn(browser, data.clientEmail());
        browser.get(url("/portal/order"));

        browser.findElement(By.id("file-input")).sendKeys(MODELS.resolve("xyz_calibration_cube.stl").toString());

        WebElement card = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order-item")));
        WebElement message = card.findElement(By.cssSelector(".preview .preview-message"));
        wait(browser).until(ExpectedConditions.textToBePresentInElement(message, "3D preview needs WebGL"));
        assertThat(card.findElements(By.cssSelector(".preview canvas"))).isEmpty();
        assertThat(card.findElement(By.cssSelector(".item-size")).getText()).isEqualTo("20.0 × 20.0 × 20.0 mm");
    }

    /** A material only this test's printer prints, so other tests' printers never change the price. */
    private MaterialView pricedMaterial() {
        return materials.create(new MaterialForm("Browser PLA " + UUID.randomUUID().toString().substring(0, 8),
                MaterialType.PLA, "Teal", new BigDecimal("1.24"), new BigDecimal("0.0500"), 0));
    }

    private PrinterView printerFor(MaterialView material) {
        return printerFor(material, 0);
    }

    /** An MK3S-sized printer, or a cube of {@code side} mm when side is positive. */
    private PrinterView printerFor(MaterialView material, int side) {
        return printers.create(new PrinterForm("Browser printer " + UUID.randomUUID().toString().substring(0, 8),
                "Original Prusa i3 MK3S+", side > 0 ? side : 250, side > 0 ? side : 210, side > 0 ? side : 220, new BigDecimal("0.4"), "prusa-mk3s-250x210x220",
                Set.of(material.id()), PrinterStatus.IDLE, "3.0000", false, 0));
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

package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** From a new client to a paid-for PDF: what the bureau and its client click, in a real browser. */
@BrowserTest
class BackOfficeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aQuoteBecomesAnIssuedInvoiceThatTheClientDownloadsFromThePortal(WebDriver browser) throws Exception {
        signIn(browser, data.adminEmail(), TestData.PASSWORD);
        Pages.waitForUrl(browser, "/admin");

        // a new client
        browser.get(url("/admin/clients/new"));
        String email = TestData.uniqueEmail("flow");
        browser.findElement(By.id("name")).sendKeys("Rosalind Franklin");
        browser.findElement(By.id("company")).sendKeys("Helix Labs");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("save-client")).click();
        String clientPage = waitFor(browser, By.id("client-abn")) == null ? null : browser.getCurrentUrl();

        // a quote for it, from the client's documents panel
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.linkText("New quote"))).click();
        Pages.waitForUrl(browser, "/admin/quotes/new");
        browser.findElement(By.id("items0.description")).sendKeys("DNA model, PETG");
        browser.findElement(By.id("items0.quantity")).clear();
        browser.findElement(By.id("items0.quantity")).sendKeys("2");
        browser.findElement(By.id("items0.unitPrice")).sendKeys("125.00");
        browser.findElement(By.id("save-quote")).click();
        confirmAndClick(browser, By.id("send-quote"));
        assertThat(waitFor(browser, By.id("quote-status")).getText()).isEqualTo("SENT");

        // converted and issued
        confirmAndClick(browser, By.id("convert-quote"));
        Pages.waitForUrl(browser, "/admin/invoices/");
        confirmAndClick(browser, By.id("issue-invoice"));
        wait(browser).until(ExpectedConditions.textToBe(By.id("invoice-status"), "ISSUED"));
        String number = browser.findElement(By.id("invoice-reference")).getText();
        assertThat(number).matches("INV-\\d{6}");
        assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("$275.00");
        byte[] adminPdf = download(browser, browser.findElement(By.id("download-pdf")).getAttribute("href"));
        assertThat(text(adminPdf)).contains(number).contains("Rosalind Franklin").contains("$275.00");

        // the client is invited to the portal
        browser.get(clientPage);
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("invite-to-portal"))).click();
        String link = waitFor(browser, By.cssSelector("#set-password-link input")).getAttribute("value");
        Pages.signOut(browser);

        browser.get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        browser.findElement(By.name("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.name("confirmation")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        Pages.waitForUrl(browser, "/login?passwordSet");
        signIn(browser, email, TestData.PASSWORD);
        Pages.waitForUrl(browser, "/portal");

        browser.findElement(By.linkText("Invoices")).click();
        browser.findElement(By.linkText(number)).click();
        assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("$275.00");
        byte[] clientPdf = download(browser, browser.findElement(By.id("download-pdf")).getAttribute("href"));
        assertThat(clientPdf).as("the client downloads the very PDF the bureau issued").isEqualTo(adminPdf);
    }

    private void confirmAndClick(WebDriver browser, By button) {
        wait(browser).until(ExpectedConditions.elementToBeClickable(button)).click();
        wait(browser).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Fetches a download link as the signed-in browser would (its session cookie), following the redirect to storage. */
    private static byte[] download(WebDriver browser, String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void signIn(WebDriver browser, String email, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By element) {
        return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

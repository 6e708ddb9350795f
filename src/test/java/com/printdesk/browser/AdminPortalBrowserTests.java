package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** What an administrator clicks through in a real browser. */
@BrowserTest
class AdminPortalBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void anAdminRenamesTheBusinessAndSeesItInTheHeader(WebDriver browser) {
        String email = data.adminEmail();
        signIn(browser, email, TestData.PASSWORD);
        Pages.waitForUrl(browser, "/admin");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");

        browser.findElement(By.linkText("Settings")).click();
        String name = "Browser Bureau " + UUID.randomUUID().toString().substring(0, 6);
        var field = browser.findElement(By.id("businessName"));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.id("save-settings")).click();

        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("Settings saved");
        assertThat(browser.findElement(By.id("business-name")).getText()).isEqualTo(name);
        browser.findElement(By.linkText("Dashboard")).click();
        assertThat(browser.findElement(By.id("business-name")).getText()).isEqualTo(name);
    }

    @Test
    void anInvalidAbnIsShownNextToTheField(WebDriver browser) {
        signIn(browser, data.adminEmail(), TestData.PASSWORD);
        Pages.waitForUrl(browser, "/admin");
        browser.get(url("/admin/settings"));
        var abn = browser.findElement(By.id("abn"));
        abn.clear();
        abn.sendKeys("12 345 678 901");
        browser.findElement(By.id("save-settings")).click();

        assertThat(browser.findElement(By.cssSelector("#settings-form .field-error")).getText())
                .contains("valid 11-digit ABN");
    }

    @Test
    void anAdminAddsAMaterialInTheCatalogAndDeactivatesItAfterConfirming(WebDriver browser) {
        signIn(browser, data.adminEmail(), TestData.PASSWORD);
        Pages.waitForUrl(browser, "/admin");
        browser.findElement(By.linkText("Catalog")).click();
        Pages.waitForUrl(browser, "/admin/catalog");
        browser.findElement(By.linkText("Add material")).click();
        Pages.waitForUrl(browser, "/admin/catalog/materials/new");

        String name = "Browser PLA " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("colour")).sendKeys("Teal");
        browser.findElement(By.id("density")).sendKeys("1.24");
        browser.findElement(By.id("pricePerGram")).sendKeys("0.055");
        browser.findElement(By.id("save-material")).click();
        Pages.waitForUrl(browser, "/admin/catalog#materials");

        String label = name + " (Teal)";
        var row = browser.findElement(By.xpath("//tr[td/a[text()='" + label + "']]"));
        assertThat(row.getText()).contains("$0.0550", "Active");
        row.findElement(By.xpath(".//button[text()='Deactivate']")).click();
        // the data-confirm question guards the deactivation
        assertThat(browser.switchTo().alert().getText()).contains("Deactivate " + label);
        browser.switchTo().alert().accept();

        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("Material deactivated");
        assertThat(browser.findElement(By.xpath("//tr[td/a[text()='" + label + "']]")).getText())
                .contains("Deactivated");
    }

    @Test
    void wrongPasswordsShowAClearMessage(WebDriver browser) {
        signIn(browser, data.adminEmail(), "not-the-password");
        assertThat(browser.findElement(By.id("login-error")).getText())
                .contains("The email or password is not correct");
    }

    private void signIn(WebDriver browser, String email, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** What a client clicks through in a real browser. */
@BrowserTest
class ClientPortalBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aClientRegistersSignsInLandsOnTheDashboardAndCannotOpenTheAdmin(WebDriver browser) {
        String email = TestData.uniqueEmail("browser");
        browser.get(url("/login"));
        browser.findElement(By.id("register-link")).click();
        browser.findElement(By.id("name")).sendKeys("Marie Curie");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("company")).sendKeys("Radium Works");
        browser.findElement(By.id("create-account")).click();
        Pages.waitForUrl(browser, "/portal");
        assertThat(browser.findElement(By.id("portal-welcome")).getText()).isEqualTo("Welcome, Marie Curie");

        Pages.signOut(browser);

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        Pages.waitForUrl(browser, "/portal");
        assertThat(browser.getCurrentUrl()).endsWith("/portal");
        assertThat(browser.findElement(By.id("portal-welcome")).getText()).contains("Marie Curie");

        browser.get(url("/admin"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void registeringWithATakenEmailShowsTheErrorOnTheForm(WebDriver browser) {
        String email = TestData.uniqueEmail("taken");
        register(browser, email);
        Pages.waitForUrl(browser, "/portal");
        Pages.signOut(browser);

        register(browser, email);
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .contains("An account with this email already exists");
    }

    private void register(WebDriver browser, String email) {
        browser.get(url("/register"));
        browser.findElement(By.id("name")).sendKeys("Someone");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("create-account")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

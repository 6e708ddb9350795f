package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** The client pages in a real browser, where the portal access panel arrives through htmx. */
@BrowserTest
class ClientAdminBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void anAdminAddsAClientAndInvitesItToThePortal(WebDriver browser) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(data.adminEmail());
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        Pages.waitForUrl(browser, "/admin");

        browser.findElement(By.linkText("Clients")).click();
        browser.findElement(By.id("add-client")).click();
        Pages.waitForUrl(browser, "/admin/clients/new");
        String email = TestData.uniqueEmail("invited");
        browser.findElement(By.id("name")).sendKeys("Browser Client");
        browser.findElement(By.id("company")).sendKeys("Clicks Pty Ltd");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("abn")).sendKeys("51824753556");
        browser.findElement(By.id("billingAddress")).sendKeys("1 Main St\nSydney NSW 2000");
        browser.findElement(By.id("save-client")).click();

        assertThat(browser.findElement(By.id("client-abn")).getText()).isEqualTo("51 824 753 556");
        assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).contains("added");

        // the panel comes from the accounts module via hx-get; the invite is an hx-post that swaps it
        browser.findElement(By.id("invite-to-portal")).click();
        String link = browser.findElement(By.cssSelector("#set-password-link input")).getAttribute("value");
        assertThat(link).contains("/set-password?token=");
        assertThat(browser.findElement(By.id("portal-user")).getText()).contains(email).contains("Invited");
        assertThat(browser.findElements(By.tagName("header"))).as("only the panel was swapped in").hasSize(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

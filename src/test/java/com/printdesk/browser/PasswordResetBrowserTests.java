package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.notifications.CapturedMail;
import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/** A client who forgot their password gets back in through the mailed link. */
@BrowserTest
class PasswordResetBrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/reset-password\\?token=[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aClientRequestsAResetOpensTheMailedLinkSetsANewPasswordAndSignsIn(WebDriver browser) {
        String email = data.clientEmail();
        browser.get(url("/login"));
        browser.findElement(By.id("forgot-password-link")).click();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("send-reset")).click();
        assertThat(browser.findElement(By.id("reset-requested")).getText()).contains("on its way");

        Matcher link = LINK.matcher(CapturedMail.awaitOne(email).text());
        assertThat(link.find()).isTrue();
        // the link is built from APP_URL; this test's server listens on a random port
        URI mailed = URI.create(link.group());
        browser.get(url(mailed.getRawPath() + "?" + mailed.getRawQuery()));
        assertThat(browser.getPageSource()).contains(email);
        browser.findElement(By.id("password")).sendKeys("my-new-secret-42");
        browser.findElement(By.id("confirmation")).sendKeys("my-new-secret-42");
        browser.findElement(By.id("reset-password")).click();
        Pages.waitForUrl(browser, "/login?passwordReset");
        assertThat(browser.findElement(By.id("password-reset-done")).getText()).contains("Sign in with the new password");

        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("my-new-secret-42");
        browser.findElement(By.id("sign-in")).click();
        Pages.waitForUrl(browser, "/portal");
        assertThat(browser.findElement(By.id("portal-welcome")).getText()).contains("Welcome");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

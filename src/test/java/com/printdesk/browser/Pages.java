package com.printdesk.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the browser suites share. A click that navigates is followed by a wait for where it lands. */
final class Pages {

    private Pages() {
    }

    static void waitForUrl(WebDriver browser, String fragment) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
    }

    static void signOut(WebDriver browser) {
        browser.findElement(By.xpath("//button[text()='Sign out']")).click();
        waitForUrl(browser, "/login?logout");
    }
}

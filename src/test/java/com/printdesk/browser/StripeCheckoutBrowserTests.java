package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/**
 * A client pays an invoice through the simulated Stripe Checkout of the dev run: "Pay now", the
 * Checkout page, back on the invoice, which shows PAID; the admin then finds the payment.
 */
@BrowserTest
class StripeCheckoutBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Invoices invoices;

    @Test
    void aClientPaysAnInvoiceThroughSimulatedCheckoutAndTheAdminSeesThePayment(WebDriver browser) {
        AccountPrincipal client = data.client();
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Bracket", "2", "45.00")));
        String number = invoices.issue(id).number();

        signIn(browser, client.email());
        Pages.waitForUrl(browser, "/portal");
        browser.get(url("/portal/invoices/" + id));
        assertThat(browser.findElement(By.cssSelector(".toolbar .tag")).getText()).isEqualTo("ISSUED");
        browser.findElement(By.id("pay-now")).click();

        Pages.waitForUrl(browser, "/dev/stripe/checkout/");
        assertThat(browser.findElement(By.id("checkout-amount")).getText()).isEqualTo("$99.00 AUD");
        assertThat(browser.findElement(By.id("checkout-title")).getText()).contains(number);
        browser.findElement(By.id("simulated-pay")).click();

        Pages.waitForUrl(browser, "/portal/invoices/" + id + "?session_id=cs_test_");
        assertThat(browser.findElement(By.cssSelector(".toolbar .tag")).getText()).isEqualTo("PAID");
        assertThat(browser.findElement(By.id("payment-received")).getText()).contains("payment has been received");
        assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("$0.00");
        assertThat(browser.findElements(By.id("pay-now"))).isEmpty();

        Pages.signOut(browser);
        signIn(browser, data.adminEmail());
        Pages.waitForUrl(browser, "/admin");
        browser.get(url("/admin/payments"));
        String row = browser.findElement(By.xpath("//table[@id='payments-table']//tr[td/a[@href='/admin/invoices/" + id
                + "']]")).getText();
        assertThat(row).contains("Stripe").contains("$99.00").contains("pi_sim_").contains("Recorded");
    }

    private void signIn(WebDriver browser, String email) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

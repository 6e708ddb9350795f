package com.printdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.settings.JobCreationPolicy;
import com.printdesk.settings.JobPolicySwitch;
import com.printdesk.settings.Settings;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;
import com.printdesk.support.BrowserTest;
import com.printdesk.support.TestData;

/**
 * From an issued invoice to a client watching their print: the job appears (ON_INVOICE), the admin drags it
 * onto a printer on the board and starts it from the card, and the client's portal shows it printing.
 */
@BrowserTest
class PrinterBoardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Settings settings;

    @Autowired
    MaterialAdmin materials;

    @Autowired
    PrinterAdmin printers;

    @Autowired
    Invoices invoices;

    @Autowired
    PrintJobs jobs;

    @Test
    void anAdminDragsAJobToAPrinterAndStartsItThenTheClientSeesItPrinting(WebDriver browser) {
        AccountPrincipal client = data.client();
        MaterialView material = materials.create(new MaterialForm(unique("PLA"), MaterialType.PLA, "Red",
                new BigDecimal("1.24"), new BigDecimal("0.0500"), 0));
        PrinterView printer = printers.create(new PrinterForm(unique("Board MK4"), "Original Prusa MK4", 250, 210,
                220, new BigDecimal("0.4"), "prusa-mk3s-250x210x220", Set.of(material.id()), PrinterStatus.IDLE, 0));
        JobView job = issuedInvoiceJob(client, material);

        signIn(browser, data.adminEmail());
        Pages.waitForUrl(browser, "/admin");
        browser.get(url("/admin/jobs/board?clientId=" + client.clientId()));
        WebElement card = waitFor(browser, By.cssSelector("#column-unassigned #job-" + job.id()));

        // HTML5 drag and drop: WebDriver's own drag does not raise the page's dragstart/drop events in
        // Chromium, so the same DragEvents a mouse produces are dispatched on the card and the column
        dragAndDrop(browser, card, browser.findElement(By.id("column-" + printer.id())));
        waitFor(browser, By.cssSelector("#column-" + printer.id() + " #job-" + job.id()));

        // the keyboard way on the card: pick the next status, "Set"
        setStatusOnCard(browser, job.id(), "Queued");
        setStatusOnCard(browser, job.id(), "Printing");
        wait(browser).until(ExpectedConditions.textToBe(
                By.cssSelector("#column-" + printer.id() + " #job-" + job.id() + " .job-status"), "Printing"));
        assertThat(browser.findElement(By.cssSelector("#column-" + printer.id() + " .tag")).getText())
                .isEqualTo("Printing");
        Pages.signOut(browser);

        signIn(browser, client.email());
        Pages.waitForUrl(browser, "/portal");
        browser.get(url("/portal/jobs"));
        browser.findElement(By.linkText("#" + job.id())).click();
        assertThat(waitFor(browser, By.id("job-status")).getText()).isEqualTo("Printing");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Queued").contains("Printing");
    }

    private JobView issuedInvoiceJob(AccountPrincipal client, MaterialView material) {
        JobCreationPolicy before = JobPolicySwitch.use(settings, JobCreationPolicy.ON_INVOICE);
        try {
            LineItem line = new LineItem("Gear housing", BigDecimal.ONE, Money.parse("40.00"), BigDecimal.ZERO, false,
                    null, material.id(), new BigDecimal("75"), new BigDecimal("3"));
            long invoiceId = invoices.createDraft(new InvoiceDraft(client.clientId(), new DocumentDetails(
                    GstCalculation.PriceEntry.EXCLUSIVE, new DocumentDetails.BillTo("Ada", "Ada Pty Ltd", null, null,
                            "1 Test St"), List.of(line), null, null, null, null, null)));
            invoices.issue(invoiceId);
            // the job is made by the jobs module's listener, after the invoice's transaction commits
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (jobs.forInvoice(invoiceId).isEmpty() && System.nanoTime() < deadline) {
                sleep();
            }
            assertThat(jobs.forInvoice(invoiceId)).hasSize(1);
            return jobs.forInvoice(invoiceId).get(0);
        }
        finally {
            JobPolicySwitch.use(settings, before);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void setStatusOnCard(WebDriver browser, long jobId, String status) {
        By select = By.cssSelector("#job-" + jobId + " .status-target");
        wait(browser).until(driver -> new Select(driver.findElement(select)).getOptions().stream()
                .anyMatch(option -> option.getText().equals(status)));
        new Select(browser.findElement(select)).selectByVisibleText(status);
        browser.findElement(By.cssSelector("#job-" + jobId + " .status-button")).click();
        wait(browser).until(ExpectedConditions.textToBe(By.cssSelector("#job-" + jobId + " .job-status"), status));
    }

    private static void dragAndDrop(WebDriver browser, WebElement source, WebElement target) {
        ((JavascriptExecutor) browser).executeScript("""
                const [source, target] = arguments;
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                    new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, source, target);
    }

    private void signIn(WebDriver browser, String email) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    private static WebElement waitFor(WebDriver browser, By element) {
        return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}

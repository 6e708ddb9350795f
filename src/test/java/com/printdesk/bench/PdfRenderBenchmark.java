package com.printdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePdfs;
import com.printdesk.invoices.Invoices;
import com.printdesk.shared.PdfRenderer;
import com.printdesk.support.ExternalTools;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * A 20-line tax invoice rendered to PDF three ways from the same HTML: our in-process renderer
 * (200 warm renders), Chromium started per document (what the old system effectively did) and one
 * warm Chromium reused through Selenium's print command. Run with {@code ./mvnw -Pbench test}.
 */
@Tag("bench")
@IntegrationTest
class PdfRenderBenchmark {

    static final int WARM_RENDERS = 200;
    static final int CHROMIUM_PER_DOCUMENT = 30;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePdfs pdfs;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    TestData data;

    @Test
    void renderATwentyLineInvoice() throws Exception {
        Path chromium = ExternalTools.require("Chromium", Path.of("/usr/bin/chromium"));
        Path driver = ExternalTools.require("ChromeDriver", Path.of("/usr/bin/chromedriver"));
        String html = twentyLineInvoiceHtml();
        Path dir = Files.createTempDirectory("pdf-bench");
        Path page = dir.resolve("invoice.html");
        Files.writeString(page, html);

        for (int i = 0; i < 20; i++) {
            renderer.pdf(html); // warm-up
        }
        Timings ours = new Timings("openhtmltopdf (in-process, warm)");
        for (int i = 0; i < WARM_RENDERS; i++) {
            ours.time(() -> assertThat(renderer.pdf(html)).isNotEmpty());
        }

        Timings perDocument = new Timings("Chromium per document (--print-to-pdf)");
        for (int i = 0; i < CHROMIUM_PER_DOCUMENT; i++) {
            Path out = dir.resolve("cold-" + i + ".pdf");
            Path profile = dir.resolve("profile-" + i);
            perDocument.time(() -> printWithNewChromium(chromium, page, out, profile));
            assertThat(Files.size(out)).isPositive();
        }

        Timings warmChromium = new Timings("Chromium warm (Selenium print)");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build(),
                new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox",
                        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--no-first-run", "--user-data-dir=" + dir.resolve("warm-profile")));
        try {
            for (int i = 0; i < 20; i++) {
                print(browser, page);
            }
            for (int i = 0; i < WARM_RENDERS; i++) {
                warmChromium.time(() -> assertThat(print(browser, page).getContent()).isNotEmpty());
            }
        }
        finally {
            browser.quit();
        }

        List<String> lines = new ArrayList<>();
        lines.add(ours.toString());
        lines.add(perDocument.toString());
        lines.add(warmChromium.toString());
        lines.add(String.format("speed-up vs Chromium per document: median %.1fx, p95 %.1fx",
                perDocument.median() / ours.median(), perDocument.p95() / ours.p95()));
        lines.add(String.format("speed-up vs warm Chromium:         median %.1fx, p95 %.1fx",
                warmChromium.median() / ours.median(), warmChromium.p95() / ours.p95()));
        System.out.println("\n=== PDF render benchmark ===\n" + String.join("\n", lines) + "\n");
        Files.writeString(Path.of("target/pdf-benchmark.txt"), String.join("\n", lines) + "\n");
    }

    private static Pdf print(ChromeDriver browser, Path page) {
        browser.get(page.toUri().toString());
        return browser.print(new PrintOptions());
    }

    private static void printWithNewChromium(Path chromium, Path page, Path out, Path profile) throws Exception {
        Process process = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + out,
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not print the page");
        }
    }

    private String twentyLineInvoiceHtml() {
        String[] lines = new String[60];
        for (int i = 0; i < 20; i++) {
            lines[i * 3] = "Printed part " + (i + 1) + " - PETG, 0.2 mm layers, 20 % infill";
            lines[i * 3 + 1] = String.valueOf(1 + i % 4);
            lines[i * 3 + 2] = (10 + i * 3) + ".50";
        }
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Benchmark Buyer", lines)));
        return pdfs.html(invoices.issue(id));
    }
}

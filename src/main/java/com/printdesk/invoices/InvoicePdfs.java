package com.printdesk.invoices;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.files.StoredDocuments;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.PdfRenderer;

/**
 * Invoice PDFs, stored under {@code invoice/{id}/{contentHash}.pdf}: the hash is taken of the
 * rendered HTML, so a PDF is rendered once per distinct content and reused until the invoice, the
 * business details or the logo change. A replaced PDF is deleted after commit.
 */
@Service
public class InvoicePdfs {

    private final Invoices invoices;
    private final Settings settings;
    private final PdfRenderer renderer;
    private final Storage storage;
    private final AppUrl appUrl;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StoredDocuments documents;

    InvoicePdfs(Invoices invoices, Settings settings, PdfRenderer renderer, Storage storage, AppUrl appUrl,
            JdbcClient jdbc, TransactionTemplate transactions, StoredDocuments documents) {
        this.documents = documents;
        this.invoices = invoices;
        this.settings = settings;
        this.renderer = renderer;
        this.storage = storage;
        this.appUrl = appUrl;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The stored PDF of an invoice, rendered now if its content changed since the last one. */
    public StoredPdf pdf(InvoiceView invoice) {
        String html = html(invoice);
        String key = documents.store(StorageKeys.DocumentKind.INVOICE, invoice.id(), PdfRenderer.contentHash(html), html,
                renderer::pdf);
        remember(invoice.id(), key);
        return new StoredPdf(key, invoice.pdfFileName());
    }

    public byte[] bytes(StoredPdf pdf) {
        return storage.getBytes(Bucket.PDFS, pdf.key());
    }

    public java.net.URI downloadUrl(StoredPdf pdf) {
        return storage.presignedGet(Bucket.PDFS, pdf.key(), pdf.fileName());
    }

    /** The HTML the PDF is made from (public for the benchmark, which compares renderers on it). */
    public String html(InvoiceView invoice) {
        Map<String, Object> model = new HashMap<>();
        model.put("invoice", invoice);
        model.put("business", settings.current());
        model.put("logo", settings.logo().map(logo -> "data:" + logo.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(logo.bytes())).orElse(null));
        model.put("portalUrl", appUrl.link("/portal/invoices/" + invoice.id()));
        return renderer.html("pdf/invoice", model);
    }

    private void remember(long invoiceId, String key) {
        transactions.executeWithoutResult(status -> {
            String previous = jdbc.sql("SELECT pdf_key FROM invoices WHERE id = ? FOR UPDATE").param(invoiceId)
                    .query(String.class).optional().orElse(null);
            if (key.equals(previous)) {
                return;
            }
            jdbc.sql("UPDATE invoices SET pdf_key = ? WHERE id = ?").params(key, invoiceId).update();
            if (previous != null) {
                storage.deleteAfterCommit(Bucket.PDFS, previous);
            }
        });
    }

    public record StoredPdf(String key, String fileName) {
    }
}

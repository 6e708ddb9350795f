package com.printdesk.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.files.StoredDocuments;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;
import com.printdesk.shared.PdfRenderer;

/** Adjustment note PDFs, stored by content hash under {@code pdfs/adjustment/{id}/}. */
@Service
public class AdjustmentNotePdfs {

    private final Settings settings;
    private final PdfRenderer renderer;
    private final StoredDocuments documents;
    private final Storage storage;

    AdjustmentNotePdfs(Settings settings, PdfRenderer renderer, StoredDocuments documents, Storage storage) {
        this.settings = settings;
        this.renderer = renderer;
        this.documents = documents;
        this.storage = storage;
    }

    public URI downloadUrl(AdjustmentNotes.AdjustmentNote note, InvoiceView invoice) {
        return storage.presignedGet(Bucket.PDFS, store(note, invoice), note.pdfFileName());
    }

    /** The key of the note's stored PDF in the {@code pdfs} bucket, rendering it first if needed. */
    public String store(AdjustmentNotes.AdjustmentNote note, InvoiceView invoice) {
        Map<String, Object> model = new HashMap<>();
        model.put("note", note);
        model.put("invoice", invoice);
        model.put("business", settings.current());
        model.put("logo", null);
        model.put("gst", gstIn(note.amount(), invoice));
        String html = renderer.html("pdf/adjustment", model);
        return documents.store(StorageKeys.DocumentKind.ADJUSTMENT, note.id(), PdfRenderer.contentHash(html),
                html, renderer::pdf);
    }

    /** The GST inside the adjustment: the invoice's share of GST in its total, rounded half up. */
    static Money gstIn(Money amount, InvoiceView invoice) {
        Money total = invoice.totals().total();
        if (!invoice.gstRegistered() || !total.isPositive()) {
            return Money.ZERO;
        }
        return Money.of(amount.dollars().multiply(invoice.totals().gst().dollars())
                .divide(total.dollars(), 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP)
                .add(BigDecimal.ZERO));
    }
}

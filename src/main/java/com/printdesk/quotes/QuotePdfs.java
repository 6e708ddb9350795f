package com.printdesk.quotes;

import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.files.StoredDocuments;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.PdfRenderer;

/** Quote PDFs, stored by content hash like invoice PDFs. */
@Service
public class QuotePdfs {

    private final Settings settings;
    private final PdfRenderer renderer;
    private final StoredDocuments documents;
    private final Storage storage;
    private final AppUrl appUrl;

    QuotePdfs(Settings settings, PdfRenderer renderer, StoredDocuments documents, Storage storage, AppUrl appUrl) {
        this.settings = settings;
        this.renderer = renderer;
        this.documents = documents;
        this.storage = storage;
        this.appUrl = appUrl;
    }

    public String store(QuoteView quote) {
        String html = html(quote);
        return documents.store(StorageKeys.DocumentKind.QUOTE, quote.id(), PdfRenderer.contentHash(html), html,
                renderer::pdf);
    }

    public URI downloadUrl(QuoteView quote) {
        return storage.presignedGet(Bucket.PDFS, store(quote), quote.pdfFileName());
    }

    public byte[] bytes(QuoteView quote) {
        return storage.getBytes(Bucket.PDFS, store(quote));
    }

    String html(QuoteView quote) {
        Map<String, Object> model = new HashMap<>();
        model.put("quote", quote);
        model.put("business", settings.current());
        model.put("logo", settings.logo().map(logo -> "data:" + logo.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(logo.bytes())).orElse(null));
        model.put("portalUrl", appUrl.link("/portal/quotes/" + quote.id()));
        return renderer.html("pdf/quote", model);
    }
}

package com.printdesk.files;

import java.util.function.Function;

import org.springframework.stereotype.Service;

/**
 * Generated documents in the {@code pdfs} bucket under {@code {kind}/{id}/{contentHash}.pdf}: a
 * document is rendered only when no object with its content hash exists yet, so an unchanged
 * document is never rendered twice.
 */
@Service
public class StoredDocuments {

    private final Storage storage;

    StoredDocuments(Storage storage) {
        this.storage = storage;
    }

    /** The key of the stored PDF for this content, rendering and storing it first if needed. */
    public String store(StorageKeys.DocumentKind kind, long id, String contentHash, String html,
            Function<String, byte[]> render) {
        String key = StorageKeys.pdf(kind, id, contentHash);
        if (!storage.exists(Bucket.PDFS, key)) {
            storage.put(Bucket.PDFS, key, render.apply(html), "application/pdf");
        }
        return key;
    }
}

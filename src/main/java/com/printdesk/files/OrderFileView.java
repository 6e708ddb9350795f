package com.printdesk.files;

import java.time.Instant;

/** An order file as pages and other modules see it; the storage key stays inside {@code files}. */
public record OrderFileView(long id, long clientId, long invoiceId, OrderFileKind kind, String name, long sizeBytes,
        String contentType, Instant createdAt) {

    /** The size for people: "812 B", "34 KB", "5.2 MB". */
    public String size() {
        return sizeBytes < 1024 ? sizeBytes + " B"
                : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                : String.format("%.1f MB", sizeBytes / 1048576.0);
    }
}

package com.printdesk.files;

import java.util.UUID;

/**
 * Builds object keys in the layouts of DESIGN.md. Names are sanitised and each key gets a fresh
 * UUID segment, so two uploads of {@code part.stl} never overwrite each other.
 */
public final class StorageKeys {

    private StorageKeys() {
    }

    /** {@code tmp}: {@code {userId}/{uuid}/{name}} */
    public static String tmpUpload(long userId, String originalName) {
        return userId + "/" + UUID.randomUUID() + "/" + FileNames.sanitise(originalName);
    }

    /** {@code order-files}: {@code {clientId}/{uuid}/{name}} */
    public static String orderFile(long clientId, String originalName) {
        return clientId + "/" + UUID.randomUUID() + "/" + FileNames.sanitise(originalName);
    }

    /** {@code attachments}: {@code {invoiceId}/{uuid}/{name}} */
    public static String attachment(long invoiceId, String originalName) {
        return invoiceId + "/" + UUID.randomUUID() + "/" + FileNames.sanitise(originalName);
    }

    /** {@code attachments}: {@code branding/{uuid}/{name}}, the business logo */
    public static String branding(String originalName) {
        return "branding/" + UUID.randomUUID() + "/" + FileNames.sanitise(originalName);
    }

    /** {@code pdfs}: {@code {quote|invoice|adjustment}/{id}/{contentHash}.pdf} */
    public static String pdf(DocumentKind kind, long id, String contentHash) {
        if (!contentHash.matches("[0-9a-f]{16,128}")) {
            throw new IllegalArgumentException("content hash must be lower-case hex");
        }
        return kind.segment() + "/" + id + "/" + contentHash + ".pdf";
    }

    public enum DocumentKind {
        QUOTE("quote"), INVOICE("invoice"), ADJUSTMENT("adjustment");

        private final String segment;

        DocumentKind(String segment) {
            this.segment = segment;
        }

        String segment() {
            return segment;
        }
    }
}

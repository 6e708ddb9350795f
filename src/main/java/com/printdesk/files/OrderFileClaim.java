package com.printdesk.files;

/**
 * Take the upload at {@code tmpKey} (bucket {@code tmp}) into the order's files. {@code sourceRef}
 * names what it comes from (an upload, a slice result) and makes the claim idempotent per invoice.
 */
public record OrderFileClaim(long clientId, long invoiceId, OrderFileKind kind, String tmpKey, String fileName,
        String sourceRef) {
}

package com.printdesk.files;

/** The four buckets PrintDesk keeps its objects in; their real names come from configuration. */
public enum Bucket {

    /** uploads not yet claimed by an order, removed after 24 h */
    TMP,
    /** model files of paid orders: {@code {clientId}/{uuid}/{name}} */
    ORDER_FILES,
    /** invoice attachments and branding: {@code {invoiceId}/{uuid}/{name}} */
    ATTACHMENTS,
    /** generated documents: {@code {quote|invoice|adjustment}/{id}/{contentHash}.pdf} */
    PDFS;

    String nameIn(StorageProperties.BucketNames names) {
        return switch (this) {
            case TMP -> names.tmp();
            case ORDER_FILES -> names.orderFiles();
            case ATTACHMENTS -> names.attachments();
            case PDFS -> names.pdfs();
        };
    }
}

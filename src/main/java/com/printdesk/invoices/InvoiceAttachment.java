package com.printdesk.invoices;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an invoice (a receipt, a photo, the model printed); the bytes live in object storage. */
@Entity
@Table(name = "invoice_attachments")
class InvoiceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "shared_with_client", nullable = false)
    private boolean sharedWithClient;

    protected InvoiceAttachment() {
    }

    InvoiceAttachment(long invoiceId, String storageKey, String originalName, String contentType, long sizeBytes,
            Instant createdAt, boolean sharedWithClient) {
        this.sharedWithClient = sharedWithClient;
        this.invoiceId = invoiceId;
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long invoiceId() { return invoiceId; }
    String storageKey() { return storageKey; }
    String originalName() { return originalName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    Instant createdAt() { return createdAt; }
    boolean sharedWithClient() { return sharedWithClient; }

    void share(boolean withClient) {
        this.sharedWithClient = withClient;
    }
}

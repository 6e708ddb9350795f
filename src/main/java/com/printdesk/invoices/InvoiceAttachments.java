package com.printdesk.invoices;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import com.printdesk.files.Bucket;
import com.printdesk.files.FileNames;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/**
 * Files attached to invoices. The object is stored first and its row written after; if the row
 * cannot be written the object is removed again, so neither ever exists without the other.
 */
@Service
public class InvoiceAttachments {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final InvoiceAttachmentRepository repository;
    private final InvoiceRepository invoices;
    private final Storage storage;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvoiceAttachments(InvoiceAttachmentRepository repository, InvoiceRepository invoices, Storage storage,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.invoices = invoices;
        this.storage = storage;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void attach(long invoiceId, MultipartFile file) throws IOException {
        attach(invoiceId, file, false);
    }

    /** Stores the file; {@code shared}: the client sees and downloads it on the invoice in the portal. */
    public void attach(long invoiceId, MultipartFile file, boolean shared) throws IOException {
        if (!invoices.existsById(invoiceId)) {
            throw new NotFound("Invoice");
        }
        if (file.isEmpty()) {
            throw new BusinessRuleViolation("Choose a file to attach");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new BusinessRuleViolation("Attachments are at most 20 MB; " + file.getOriginalFilename() + " is larger");
        }
        String name = FileNames.sanitise(file.getOriginalFilename());
        AttachmentType type;
        try (InputStream in = file.getInputStream()) {
            type = AttachmentType.sniff(in.readNBytes(AttachmentType.SNIFF_BYTES), file.getSize(), name)
                    .orElseThrow(() -> new BusinessRuleViolation(name
                            + " is not a PDF, PNG, JPEG, STL, 3MF or ZIP file (judged by its content)"));
        }
        String key = StorageKeys.attachment(invoiceId, name);
        try (InputStream in = file.getInputStream()) {
            storage.put(Bucket.ATTACHMENTS, key, in, file.getSize(), type.contentType());
        }
        try {
            transactions.executeWithoutResult(status -> repository.save(new InvoiceAttachment(invoiceId, key, name,
                    type.contentType(), file.getSize(), clock.instant(), shared)));
        }
        catch (RuntimeException ex) {
            storage.delete(Bucket.ATTACHMENTS, key);
            throw ex;
        }
    }

    public List<AttachmentView> list(long invoiceId) {
        return repository.findByInvoiceIdOrderByCreatedAtAsc(invoiceId).stream().map(AttachmentView::of).toList();
    }

    /** What the client of the invoice may see: the attachments shared with them. */
    public List<AttachmentView> sharedWithClient(long invoiceId) {
        return list(invoiceId).stream().filter(AttachmentView::shared).toList();
    }

    public void share(long invoiceId, long attachmentId, boolean withClient) {
        transactions.executeWithoutResult(status -> repository.findByIdAndInvoiceId(attachmentId, invoiceId)
                .orElseThrow(() -> new NotFound("Attachment")).share(withClient));
    }

    /** A 5-minute link for the invoice's client: an attachment not shared with them is not found. */
    public URI clientDownloadUrl(long invoiceId, long attachmentId) {
        InvoiceAttachment attachment = repository.findByIdAndInvoiceId(attachmentId, invoiceId)
                .filter(InvoiceAttachment::sharedWithClient).orElseThrow(() -> new NotFound("File"));
        return storage.presignedGet(Bucket.ATTACHMENTS, attachment.storageKey(), attachment.originalName());
    }

    /** A 5-minute download link. */
    public URI downloadUrl(long invoiceId, long attachmentId) {
        InvoiceAttachment attachment = repository.findByIdAndInvoiceId(attachmentId, invoiceId)
                .orElseThrow(() -> new NotFound("Attachment"));
        return storage.presignedGet(Bucket.ATTACHMENTS, attachment.storageKey(), attachment.originalName());
    }

    public void delete(long invoiceId, long attachmentId) {
        transactions.executeWithoutResult(status -> {
            InvoiceAttachment attachment = repository.findByIdAndInvoiceId(attachmentId, invoiceId)
                    .orElseThrow(() -> new NotFound("Attachment"));
            repository.delete(attachment);
            storage.deleteAfterCommit(Bucket.ATTACHMENTS, attachment.storageKey());
        });
    }

    public record AttachmentView(long id, String name, String contentType, long sizeBytes,
            java.time.Instant createdAt, boolean shared) {

        static AttachmentView of(InvoiceAttachment attachment) {
            return new AttachmentView(attachment.id(), attachment.originalName(), attachment.contentType(),
                    attachment.sizeBytes(), attachment.createdAt(), attachment.sharedWithClient());
        }

        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " B"
                    : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                    : String.format("%.1f MB", sizeBytes / 1048576.0);
        }
    }
}

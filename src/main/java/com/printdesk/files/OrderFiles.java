package com.printdesk.files;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.NotFound;

/**
 * The files of paid orders in bucket {@code order-files}: claimed from {@code tmp}, listed per invoice,
 * downloaded through 5-minute presigned URLs and deleted with their object after commit.
 *
 * <p>Who may download is decided here, not by callers: an admin any file, a client only the models of
 * their own orders (G-code is the bureau's). Everything else is "not found".
 */
@Service
public class OrderFiles {

    static final int MAX_NAME = 255;
    static final int MAX_SOURCE_REF = 200;

    private final OrderFileRows rows;
    private final OrderFileCopier copier;
    private final Storage storage;
    private final StorageProperties properties;
    private final Clock clock;

    OrderFiles(OrderFileRows rows, OrderFileCopier copier, Storage storage, StorageProperties properties, Clock clock) {
        this.rows = rows;
        this.copier = copier;
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Copies the upload into {@code order-files} and records it; the tmp object is deleted once this
     * transaction (the caller's, if any) commits. Claiming the same {@code (invoiceId, sourceRef)}
     * again returns the existing file and copies nothing, also when two claims race.
     */
    @Transactional
    public OrderFileView claim(OrderFileClaim claim) {
        validate(claim);
        Optional<OrderFileRows.Row> existing = rows.findBySource(claim.invoiceId(), claim.sourceRef());
        if (existing.isPresent()) {
            return existing.get().view();
        }
        String key = StorageKeys.orderFile(claim.clientId(), claim.fileName());
        OrderFileCopier.Copied copied = copier.copy(claim.tmpKey(), key);
        Optional<Long> id = rows.insert(new OrderFileRows.NewRow(claim.clientId(), claim.invoiceId(), claim.kind(), key,
                displayName(claim.fileName()), copied.sizeBytes(), copied.sha256(), copied.contentType(),
                claim.sourceRef(), clock.instant()));
        if (id.isEmpty()) {
            // a concurrent claim of the same source committed first: ours is a copy nobody refers to
            storage.delete(Bucket.ORDER_FILES, key);
            return rows.findBySource(claim.invoiceId(), claim.sourceRef()).orElseThrow().view();
        }
        storage.deleteAfterCommit(Bucket.TMP, claim.tmpKey());
        return rows.find(id.get()).orElseThrow().view();
    }

    /** Every file of the invoice, models first, G-code included: what the bureau sees. */
    @Transactional(readOnly = true)
    public List<OrderFileView> forInvoice(long invoiceId) {
        return rows.forInvoice(invoiceId).stream().map(OrderFileRows.Row::view).toList();
    }

    /** What the invoice's client sees: their own models, never the G-code. */
    @Transactional(readOnly = true)
    public List<OrderFileView> forClient(long invoiceId, long clientId) {
        return forInvoice(invoiceId).stream().filter(file -> visibleTo(file, clientId)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrderFileView> find(long id) {
        return rows.find(id).map(OrderFileRows.Row::view);
    }

    /** Deletes the row now and its object once this transaction commits (a retried task). */
    @Transactional
    public void delete(long id) {
        String key = rows.delete(id).orElseThrow(() -> new NotFound("Order file"));
        storage.deleteAfterCommit(Bucket.ORDER_FILES, key);
    }

    /** A 5-minute link to any order file, for the bureau. */
    public OrderFileDownload downloadForAdmin(long id) {
        return download(rows.find(id).orElseThrow(() -> new NotFound("Order file")));
    }

    /** A 5-minute link for a client: only a model of their own order; anything else is not found. */
    public OrderFileDownload downloadForClient(long id, long clientId) {
        return download(rows.find(id).filter(row -> visibleTo(row.view(), clientId))
                .orElseThrow(() -> new NotFound("Order file")));
    }

    private OrderFileDownload download(OrderFileRows.Row row) {
        // taken before signing, so the promised expiry is never later than the real one
        Instant expiresAt = clock.instant().plus(properties.presignedUrlTtl());
        return new OrderFileDownload(storage.presignedGet(Bucket.ORDER_FILES, row.key(), row.view().name()),
                row.view().name(), expiresAt);
    }

    private static boolean visibleTo(OrderFileView file, long clientId) {
        return file.clientId() == clientId && file.kind() == OrderFileKind.MODEL;
    }

    private static void validate(OrderFileClaim claim) {
        Objects.requireNonNull(claim.kind(), "kind");
        if (claim.tmpKey() == null || claim.tmpKey().isBlank()) {
            throw new IllegalArgumentException("tmpKey is required");
        }
        if (claim.sourceRef() == null || claim.sourceRef().isBlank() || claim.sourceRef().length() > MAX_SOURCE_REF) {
            throw new IllegalArgumentException("sourceRef must be 1–" + MAX_SOURCE_REF + " characters");
        }
    }

    /** The name shown and downloaded: as the client called it, without any path, at most 255 characters. */
    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        if (name.isBlank()) {
            return FileNames.sanitise(fileName);
        }
        return name.length() <= MAX_NAME ? name : FileNames.sanitise(name);
    }
}

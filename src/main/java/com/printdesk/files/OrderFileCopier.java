package com.printdesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.shared.NotFound;

/**
 * Copies an upload from {@code tmp} into {@code order-files} so that the copy never outlives a claim
 * that did not commit: a rollback deletes it at once, and a guard task committed <em>before</em> the
 * copy deletes it later if no row refers to it (the process died between copy and commit).
 */
@Component
class OrderFileCopier {

    /** Far longer than any claim transaction; the guard only acts on a copy no committed row refers to. */
    static final Duration GUARD_DELAY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(OrderFileCopier.class);

    private final Storage storage;
    private final SchedulerClient scheduler;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OrderFileCopier(Storage storage, SchedulerClient scheduler, PlatformTransactionManager transactions, Clock clock) {
        this.storage = storage;
        this.scheduler = scheduler;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Streams the object across once, hashing it on the way; must run inside the claim's transaction. */
    Copied copy(String tmpKey, String key) {
        StoredObject source = describe(tmpKey);
        String contentType = source.contentType() == null || source.contentType().isBlank()
                ? "application/octet-stream" : source.contentType();
        ownTransaction.executeWithoutResult(status -> scheduler.schedule(DiscardUnclaimedOrderFileTask.TASK
                .instance(UUID.randomUUID().toString()).data(key).scheduledTo(clock.instant().plus(GUARD_DELAY))));
        TransactionSynchronizationManager.registerSynchronization(new DeleteOnRollback(key));
        MessageDigest sha256 = sha256();
        try (InputStream in = new NoMarkDigestStream(storage.get(Bucket.TMP, tmpKey), sha256)) {
            storage.put(Bucket.ORDER_FILES, key, in, source.size(), contentType);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Copied(source.size(), contentType, HexFormat.of().formatHex(sha256.digest()));
    }

    private StoredObject describe(String tmpKey) {
        try {
            return storage.describe(Bucket.TMP, tmpKey);
        }
        catch (Storage.ObjectNotFound ex) {
            throw new NotFound("Uploaded file " + tmpKey);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Copied(long sizeBytes, String contentType, String sha256) {
    }

    private final class DeleteOnRollback implements TransactionSynchronization {

        private final String key;

        DeleteOnRollback(String key) {
            this.key = key;
        }

        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
                try {
                    storage.delete(Bucket.ORDER_FILES, key);
                }
                catch (RuntimeException ex) {
                    log.warn("Could not delete {} after a rolled-back claim; the guard task will", key, ex);
                }
            }
        }
    }

    /**
     * The SDK may mark and reset a markable body to retry; refusing marks makes it buffer instead, so
     * every byte passes the digest exactly once.
     */
    private static final class NoMarkDigestStream extends DigestInputStream {

        NoMarkDigestStream(InputStream in, MessageDigest digest) {
            super(in, digest);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}

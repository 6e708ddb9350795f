package com.printdesk.ordering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.slicing.Slicing;

/**
 * Empties {@code tmp} of what no order will claim (DESIGN.md "Files"): checkout attempts past their
 * retention go first (a PAID one waits for its order however old), then uploads older than
 * {@link TmpCleanerProperties#unclaimedFor()} that no live or retained attempt holds — the row, and after
 * commit every object under its {@code {userId}/{uuid}/} folder (original, normalised meshes, the
 * slices' G-code), and the slice results that pointed there. Runs through db-scheduler, so once per
 * cluster; each upload is removed in its own transaction, so a failure stops nothing else.
 */
@Component
class TmpCleaner {

    private static final Logger log = LoggerFactory.getLogger(TmpCleaner.class);

    private final JdbcClient jdbc;
    private final CheckoutAttempts checkoutAttempts;
    private final Storage storage;
    private final Slicing slicing;
    private final TransactionTemplate transactions;
    private final TmpCleanerProperties properties;
    private final Clock clock;

    TmpCleaner(JdbcClient jdbc, CheckoutAttempts checkoutAttempts, Storage storage, Slicing slicing,
            TransactionTemplate transactions, TmpCleanerProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.checkoutAttempts = checkoutAttempts;
        this.storage = storage;
        this.slicing = slicing;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run removed. */
    record Cleaned(int attempts, int uploads) {
    }

    Cleaned run() {
        Instant now = clock.instant();
        // their checkout_attempt_files rows go with them (ON DELETE CASCADE)
        int attempts = transactions.execute(status -> checkoutAttempts.deletePastRetention(now));
        List<Upload> stale = jdbc.sql("SELECT t.id, t.storage_key FROM tmp_files t WHERE t.created_at < :cutoff AND NOT "
                + CheckoutAttempts.HELD_BY_ATTEMPT + " ORDER BY t.created_at LIMIT :batch").param("cutoff", Timestamp.from(now.minus(properties.unclaimedFor())))
                .param("now", Timestamp.from(now)).param("batch", properties.batch()).query(Upload.class).list();
        int uploads = 0;
        for (Upload upload : stale) {
            try {
                uploads += transactions.execute(status -> remove(upload, now)) ? 1 : 0;
            }
            catch (RuntimeException ex) {
                log.warn("Could not remove tmp upload {}; the next run tries again", upload.id(), ex);
            }
        }
        if (attempts + uploads > 0) {
            log.info("Tmp cleaner removed {} expired checkout attempt(s) and {} unclaimed upload(s)", attempts, uploads);
        }
        return new Cleaned(attempts, uploads);
    }

    /**
     * False when an attempt took the upload since it was listed: the re-check sees a committed one, and
     * the foreign key from checkout_attempt_files refuses the delete while one is being written.
     */
    private boolean remove(Upload upload, Instant now) {
        int deleted = jdbc.sql("DELETE FROM tmp_files t WHERE t.id = :id AND NOT " + CheckoutAttempts.HELD_BY_ATTEMPT)
                .param("id", upload.id()).param("now", Timestamp.from(now)).update();
        if (deleted == 0) {
            return false;
        }
        String folder = upload.folder();
        storage.list(Bucket.TMP, folder).forEach(object -> storage.deleteAfterCommit(Bucket.TMP, object.key()));
        slicing.forgetUploadsUnder(folder);
        return true;
    }

    record Upload(long id, String storageKey) {

        /** {@code {userId}/{uuid}/}: the upload's own folder. */
        String folder() {
            return storageKey.substring(0, storageKey.lastIndexOf('/') + 1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String TASK_NAME = "clean-tmp-uploads";

        // the cleaner is looked up when the task runs: it needs storage, which needs the scheduler
        @Bean
        RecurringTask<Void> cleanTmpUploads(ObjectProvider<TmpCleaner> cleaner, TmpCleanerProperties properties) {
            return Tasks.recurring(TASK_NAME, FixedDelay.of(properties.every()))
                    .execute((instance, context) -> cleaner.getObject().run());
        }
    }
}

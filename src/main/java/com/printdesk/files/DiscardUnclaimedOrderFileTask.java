package com.printdesk.files;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled (and committed) before a claim copies into {@code order-files}: an hour later it deletes
 * the copy unless an {@code order_files} row refers to it, so a crash between copy and commit leaves
 * no orphan. Data: the object's key.
 */
@Configuration(proxyBeanMethods = false)
class DiscardUnclaimedOrderFileTask {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("discard-unclaimed-order-file", String.class);
    private static final Logger log = LoggerFactory.getLogger(DiscardUnclaimedOrderFileTask.class);

    @Bean
    OneTimeTask<String> discardUnclaimedOrderFile(OrderFileRows rows, Storage storage, StorageProperties properties) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(8,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.deleteRetryDelay(), 1.5)))
                .execute((instance, context) -> discardIfUnclaimed(rows, storage, instance.getData()));
    }

    static boolean discardIfUnclaimed(OrderFileRows rows, Storage storage, String key) {
        if (rows.referencesKey(key)) {
            return false;
        }
        storage.delete(Bucket.ORDER_FILES, key);
        log.info("Deleted order file copy {} that no claim committed", key);
        return true;
    }
}

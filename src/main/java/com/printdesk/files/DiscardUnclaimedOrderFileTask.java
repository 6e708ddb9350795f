package com.printdesk.files;

import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import software.amazon.awssdk.services.s3.S3Client;

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
    OneTimeTask<String> discardUnclaimedOrderFile(OrderFileRows rows, S3Client s3, StorageProperties properties) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(8,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.deleteRetryDelay(), 1.5)))
                .execute((instance, context) -> discardIfUnclaimed(rows, instance.getData(), key -> s3.deleteObject(
                        b -> b.bucket(Bucket.ORDER_FILES.nameIn(properties.buckets())).key(key))));
    }

    /** Storage needs the scheduler, which needs this task: hence the delete is passed in, as S3 in production. */
    static boolean discardIfUnclaimed(OrderFileRows rows, String key, Consumer<String> delete) {
        if (rows.referencesKey(key)) {
            return false;
        }
        delete.accept(key);
        log.info("Deleted order file copy {} that no claim committed", key);
        return true;
    }
}

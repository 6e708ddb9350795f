package com.printdesk.files;

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
 * Deletes an object once the transaction that dropped its last reference has committed. S3
 * deletes are idempotent, so a retry after a half-finished attempt is harmless.
 */
@Configuration(proxyBeanMethods = false)
class DeleteStoredObjectTask {

    static final TaskDescriptor<Storage.ObjectRef> TASK = TaskDescriptor.of("delete-stored-object",
            Storage.ObjectRef.class);
    private static final Logger log = LoggerFactory.getLogger(DeleteStoredObjectTask.class);

    @Bean
    OneTimeTask<Storage.ObjectRef> deleteStoredObject(S3Client s3, StorageProperties properties) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(8,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.deleteRetryDelay(), 1.5)))
                .execute((instance, context) -> {
                    Storage.ObjectRef ref = instance.getData();
                    s3.deleteObject(b -> b.bucket(ref.bucket().nameIn(properties.buckets())).key(ref.key()));
                    log.info("Deleted stored object {} from {}", ref.key(), ref.bucket());
                });
    }
}

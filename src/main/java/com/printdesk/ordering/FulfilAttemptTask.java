package com.printdesk.ordering;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the order of a paid checkout attempt ({@link ShopOrderFulfilment}); the instance ID is the
 * attempt's, so it is scheduled once however often the payment is reported. Every step is idempotent,
 * so a retry after a half-done run finishes the job without doing anything twice.
 */
@Configuration(proxyBeanMethods = false)
class FulfilAttemptTask {

    static final TaskDescriptor<Long> TASK = TaskDescriptor.of("fulfil-checkout-attempt", Long.class);
    /** With the default 30 s first wait this keeps trying for about a day and a half. */
    static final int MAX_RETRIES = 12;
    private static final Logger log = LoggerFactory.getLogger(FulfilAttemptTask.class);

    /** The fulfilment is looked up when a task runs: it needs invoices → settings → storage → the scheduler. */
    @Bean
    OneTimeTask<Long> fulfilCheckoutAttempt(ObjectProvider<ShopOrderFulfilment> fulfilment,
            CheckoutAttemptProperties properties) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.fulfilRetryDelay(), 2),
                        (complete, operations) -> log.error("Gave up building the order of paid checkout attempt {}; "
                                + "it stays PAID for the bureau to finish by hand",
                                complete.getExecution().taskInstance.getData(), complete.getCause().orElse(null))))
                .execute((instance, context) -> fulfilment.getObject().fulfil(instance.getData()));
    }
}

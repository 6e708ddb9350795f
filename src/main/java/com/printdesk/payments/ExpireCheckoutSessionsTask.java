package com.printdesk.payments;

import java.time.Duration;

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
 * Expires the open Checkout sessions of a payable that was settled or voided another way
 * ({@link CheckoutSessions#expireOpenLater}). Stripe is called here, in the job runner, rather than in
 * an event listener: the listeners share a pool sized to the CPU, and one waiting on Stripe would hold
 * up every other module's reactions. The instance ID is the payable's, so it is scheduled once
 * however often it is asked for; a Stripe outage is retried with backoff.
 */
@Configuration(proxyBeanMethods = false)
class ExpireCheckoutSessionsTask {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("expire-checkout-sessions", String.class);
    /** 30 s doubling: about a day of trying, beyond the sessions' own 24 h life. */
    static final int MAX_RETRIES = 12;
    private static final Logger log = LoggerFactory.getLogger(ExpireCheckoutSessionsTask.class);

    /** The sessions are looked up when a task runs: the scheduler is built before them. */
    @Bean
    OneTimeTask<String> expireCheckoutSessions(ObjectProvider<CheckoutSessions> sessions) {
        return Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(MAX_RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30), 2),
                        (complete, operations) -> log.error("Gave up expiring the Checkout sessions of {}; Stripe "
                                + "closes them itself when they reach their expiry",
                                complete.getExecution().taskInstance.getData(), complete.getCause().orElse(null))))
                .execute((instance, context) -> sessions.getObject().expireOpen(Payable.parse(instance.getData())));
    }
}

package com.printdesk.ordering;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Unpaid attempts past their expiry become EXPIRED, once per cluster every 10 minutes, so pages and the
 * tmp cleaner can tell them from live ones. A payment that still arrives fulfils them all the same.
 */
@Configuration(proxyBeanMethods = false)
class ExpireCheckoutAttempts {

    @Bean
    RecurringTask<Void> expireCheckoutAttemptsTask(CheckoutAttempts attempts, Clock clock) {
        return Tasks.recurring("expire-checkout-attempts", FixedDelay.ofMinutes(10))
                .execute((instance, context) -> attempts.expireUnpaid(clock.instant()));
    }
}

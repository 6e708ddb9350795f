package com.printdesk.shared;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Module listeners run after the publisher committed; when one fails (or the instance dies) its
 * publication stays incomplete in {@code event_publication}. This task hands such publications to
 * their listeners again, on exactly one instance of the cluster: a listener that threw (FAILED) a
 * minute later; one that never finished for another reason only after {@link #LOST_AFTER}, since a
 * publication can simply be queued behind the listener pool after a burst of webhooks and must not be
 * handed out twice while it waits (listeners are idempotent, but the work would double exactly when
 * the machine is busiest). An instance that restarts republishes its incomplete publications at once.
 */
@Configuration(proxyBeanMethods = false)
class ResubmitIncompleteEventPublications {

    static final String TASK_NAME = "resubmit-incomplete-event-publications";
    static final Duration FAILED_AFTER = Duration.ofMinutes(1);
    static final Duration LOST_AFTER = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ResubmitIncompleteEventPublications.class);

    @Bean
    RecurringTask<Void> resubmitIncompleteEventPublicationsTask(FailedEventPublications failed,
            IncompleteEventPublications incomplete) {
        return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(1))
                .execute((instance, context) -> {
                    log.debug("Resubmitting failed event publications, and any incomplete for {}", LOST_AFTER);
                    failed.resubmit(ResubmissionOptions.defaults().withMinAge(FAILED_AFTER).withBatchSize(1000));
                    incomplete.resubmitIncompletePublicationsOlderThan(LOST_AFTER);
                });
    }
}

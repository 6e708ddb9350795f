package com.printdesk.shared;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Module listeners run after the publisher committed; when one fails (or the instance dies) its
 * publication stays incomplete in {@code event_publication}. This task hands such publications
 * to their listeners again, once a minute, on exactly one instance of the cluster.
 */
@Configuration(proxyBeanMethods = false)
class ResubmitIncompleteEventPublications {

    static final String TASK_NAME = "resubmit-incomplete-event-publications";
    private static final Logger log = LoggerFactory.getLogger(ResubmitIncompleteEventPublications.class);

    @Bean
    RecurringTask<Void> resubmitIncompleteEventPublicationsTask(IncompleteEventPublications publications) {
        return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(1))
                .execute((instance, context) -> {
                    log.debug("Resubmitting event publications incomplete for more than a minute");
                    publications.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
                });
    }
}

package com.printdesk.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox is emptied by the one job runner, so one instance at a time sends and a restart loses nothing. */
@Configuration(proxyBeanMethods = false)
class SendOutboxTaskConfiguration {

    static final String NAME = "send-outbox";

    @Bean
    // the sender is looked up when the task runs: the scheduler is built before settings and storage exist
    RecurringTask<Void> sendOutbox(ObjectProvider<OutboxSender> sender, MailProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.sendInterval()))
                .execute((instance, context) -> sender.getObject().sendDue());
    }
}

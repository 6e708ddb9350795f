package com.printdesk.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder run, once per cluster through the job runner. It looks every hour rather than at a fixed
 * time of day because the business time zone is a setting that can change while the scheduler runs; a
 * reminder still goes at most once per invoice and step, on the first run of the business day it falls on.
 */
@Configuration(proxyBeanMethods = false)
class OverdueRemindersTaskConfiguration {

    static final String NAME = "overdue-reminders";

    @Bean
    RecurringTask<Void> overdueRemindersTask(ObjectProvider<OverdueReminders> reminders) {
        return Tasks.recurring(NAME, FixedDelay.ofHours(1))
                .execute((instance, context) -> reminders.getObject().run());
    }
}

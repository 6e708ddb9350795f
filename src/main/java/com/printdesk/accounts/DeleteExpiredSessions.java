package com.printdesk.accounts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL; expired ones are deleted by the one job runner, once per cluster,
 * instead of by Spring Session's own cron on every instance.
 */
@Configuration(proxyBeanMethods = false)
class DeleteExpiredSessions {

    @Bean
    RecurringTask<Void> deleteExpiredSessionsTask(JdbcIndexedSessionRepository sessions) {
        return Tasks.recurring("delete-expired-sessions", FixedDelay.ofMinutes(5))
                .execute((instance, context) -> sessions.cleanUpExpiredSessions());
    }
}

package com.printdesk.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one job runner: a db-scheduler {@link Scheduler} over PostgreSQL. Every background, retried
 * or queued task is a {@link Task} bean collected here, so it runs once across all instances and
 * survives restarts.
 *
 * <p>db-scheduler's Boot starter does not activate on Boot 4, so the bean is declared by hand. It is
 * started on {@link ApplicationReadyEvent}, i.e. after Flyway created {@code scheduled_tasks}. The
 * data source is wrapped so that scheduling a task inside a Spring transaction joins it: a task
 * scheduled by a change that rolls back never runs.
 */
@Configuration(proxyBeanMethods = false)
class JobRunnerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobRunnerProperties properties) {
        List<Task<?>> all = tasks.orderedStream().toList();
        // recurring tasks are registered through startTasks (which schedules them), the rest as known tasks
        List<RecurringTask<?>> recurring = all.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
                .toList();
        List<Task<?>> oneTime = all.stream().filter(task -> !(task instanceof OnStartup)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(30))
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .enableImmediateExecution()
                .build();
    }

    @Bean
    JobRunnerStarter jobRunnerStarter(Scheduler scheduler, JobRunnerProperties properties) {
        return new JobRunnerStarter(scheduler, properties.enabled());
    }

    private static String instanceName() {
        // "pid@host", unique per running instance, shown in scheduled_tasks.picked_by
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    static final class JobRunnerStarter {

        private final Scheduler scheduler;
        private final boolean enabled;

        JobRunnerStarter(Scheduler scheduler, boolean enabled) {
            this.scheduler = scheduler;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            if (enabled) {
                scheduler.start();
            }
        }
    }
}

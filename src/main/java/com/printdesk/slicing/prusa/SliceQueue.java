package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The slice queue: a db-scheduler instance of its own over the table {@code slice_tasks}, with
 * {@code SLICER_CONCURRENCY} threads, so a burst of slices waits in line, survives restarts, runs once
 * across the cluster and never occupies the main job runner's threads. Only instances with
 * {@code printdesk.slicing.worker=true} start it; every instance can queue.
 *
 * <p>Deliberately not a {@code Scheduler} bean: the main runner collects every {@code Task} bean and
 * is injected by type as {@code SchedulerClient}, so a second one would take the slice task and make
 * those injections ambiguous.
 */
@Component
class SliceQueue implements DisposableBean {

    static final String TABLE = "slice_tasks";
    static final TaskDescriptor<Long> SLICE = TaskDescriptor.of("slice", Long.class);

    private final Scheduler scheduler;
    private final SchedulerClient client;
    private final boolean worker;
    private final Clock clock;

    SliceQueue(DataSource dataSource, SlicerProperties properties, SlicingWorkerProperties workerProperties,
            SliceWorker sliceWorker, Clock clock) {
        this.clock = clock;
        this.worker = workerProperties.worker();
        // scheduling joins the caller's transaction: the result row and its queue entry commit together
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        List<com.github.kagkarlsson.scheduler.task.Task<?>> tasks = List.of(task(sliceWorker));
        this.scheduler = Scheduler.create(transactional, tasks)
                .tableName(TABLE)
                .threads(properties.concurrency())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(10))
                // the application's clock, so a slice queued "now" is due now for the poller too
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(sliceWorker.name()))
                .build();
        this.client = worker ? scheduler
                : SchedulerClient.Builder.create(transactional, tasks).tableName(TABLE).build();
    }

    /** Queues the slice in the current transaction; a second call for the same slice changes nothing. */
    void enqueue(long sliceId) {
        client.scheduleIfNotExists(SLICE.instance("slice-" + sliceId).data(sliceId).scheduledTo(clock.instant()));
        if (worker && TransactionSynchronizationManager.isSynchronizationActive()) {
            // db-scheduler's immediate execution would look before the commit and find nothing
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        }
        else if (worker) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (worker) {
            scheduler.start();
        }
    }

    @Override
    public void destroy() {
        if (worker) {
            scheduler.stop();
        }
    }

    private static OneTimeTask<Long> task(SliceWorker sliceWorker) {
        // crashes of PrusaSlicer are retried inside a run; these retries are for everything around it
        FailureHandler<Long> retries = new FailureHandler.MaxRetriesFailureHandler<>(3,
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30), 2),
                (complete, operations) -> sliceWorker.giveUp(
                        (Long) complete.getExecution().taskInstance.getData(), complete.getCause().orElse(null)));
        return Tasks.oneTime(SLICE)
                .onFailure(retries)
                .execute((instance, context) -> run(sliceWorker, instance.getData()));
    }

    private static void run(SliceWorker sliceWorker, long sliceId) {
        try {
            sliceWorker.run(sliceId);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            // shutting down: the slicer was killed; the execution is revived on the next start
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Slice " + sliceId + " interrupted", ex);
        }
    }
}

package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.support.CountingTask;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.SecondInstance;

@IntegrationTest
class JobRunnerIntegrationTests {

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesOnOneDatabaseRunEveryTaskExactlyOnce() throws Exception {
        SecondInstance.context(); // both schedulers poll the same scheduled_tasks table
        List<TaskInstance<String>> batch = new ArrayList<>();
        String run = Long.toString(System.nanoTime());
        for (int i = 0; i < 60; i++) {
            batch.add(CountingTask.TASK.instance(run + "-" + i).data("payload").build());
        }
        batch.forEach(instance -> scheduler.schedule(instance, Instant.now()));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (executed(run) < batch.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2000); // a duplicate would show up within a couple of polling intervals

        assertThat(executed(run)).isEqualTo(batch.size());
        assertThat(CountingTask.EXECUTIONS.entrySet().stream().filter(e -> e.getKey().startsWith(run + "-")))
                .allSatisfy(entry -> assertThat(entry.getValue().get()).as(entry.getKey()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                .param(CountingTask.TASK.getTaskName()).query(Long.class).single())
                .as("one-time tasks are removed once done").isZero();
    }

    @Test
    void theEventResubmissionTaskIsScheduledOnceForTheCluster() {
        SecondInstance.context();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                .param(ResubmitIncompleteEventPublications.TASK_NAME).query(Long.class).single())
                .isEqualTo(1);
    }

    private static long executed(String run) {
        return CountingTask.EXECUTIONS.entrySet().stream().filter(e -> e.getKey().startsWith(run + "-"))
                .mapToInt(e -> e.getValue().get() > 0 ? 1 : 0).sum();
    }

}

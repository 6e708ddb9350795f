package com.printdesk.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * A one-time task that counts its executions per instance ID and per application instance (JVM-wide,
 * so both instances of a cluster test share the tally).
 */
public final class CountingTask {

    public static final TaskDescriptor<String> TASK = TaskDescriptor.of("test-counting-task", String.class);
    public static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    public static final Map<String, AtomicInteger> BY_INSTANCE = new ConcurrentHashMap<>();

    private CountingTask() {
    }

    static OneTimeTask<String> task(String applicationInstance) {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            EXECUTIONS.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
            BY_INSTANCE.computeIfAbsent(applicationInstance, id -> new AtomicInteger()).incrementAndGet();
        });
    }
}

package com.printdesk.slicing.prusa;

import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.SlicerProfiles;
import com.printdesk.files.Storage;
import com.printdesk.slicing.Slicing;

/**
 * The real slice queue, worker and service, built with slicer properties of the test's choosing
 * (concurrency, executable) next to the shared test context's own. Their queue is a
 * {@code slice_tasks} table in a schema of their own: every worker polls {@code slice_tasks} for the
 * task {@code slice}, so on the shared table the context's worker (concurrency 1, the real
 * PrusaSlicer) would take some of these slices. Results, storage and catalog are the shared ones.
 */
final class IsolatedSliceQueue implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final SliceQueue queue;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Slicing slicing;

    IsolatedSliceQueue(ApplicationContext context, String schema, SlicerProperties properties) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS " + schema).update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + schema + ".slice_tasks (LIKE public.slice_tasks INCLUDING ALL)")
                .update();
        jdbc.sql("DELETE FROM " + schema + ".slice_tasks").update();
        Environment env = context.getEnvironment();
        dataSource = new HikariDataSource();
        dataSource.setPoolName("slice-queue-" + schema);
        dataSource.setJdbcUrl(env.getRequiredProperty("spring.datasource.url"));
        dataSource.setUsername(env.getProperty("spring.datasource.username"));
        dataSource.setPassword(env.getProperty("spring.datasource.password"));
        dataSource.setSchema(schema);
        dataSource.setMaximumPoolSize(properties.concurrency() + 3);

        SliceResults results = context.getBean(SliceResults.class);
        Catalog catalog = context.getBean(Catalog.class);
        Clock clock = context.getBean(Clock.class);
        StaticListableBeanFactory registry = new StaticListableBeanFactory();
        registry.addBean("meterRegistry", meters);
        SlicerRuntime runtime = new SlicerRuntime(properties, registry.getBeanProvider(MeterRegistry.class));
        SliceWorker worker = new SliceWorker(results, runtime, catalog, context.getBean(SlicerProfiles.class),
                context.getBean(Storage.class), clock);
        queue = new SliceQueue(dataSource, properties, new SlicingWorkerProperties(true), worker, clock);
        slicing = new SliceService(results, queue, runtime, catalog, clock);
        queue.start();
    }

    /** Requests go straight to the service, outside a transaction: each is queued as soon as it is made. */
    Slicing slicing() {
        return slicing;
    }

    /** Slicer processes this queue's worker started. */
    double launches() {
        return meters.counter("printdesk.slicer.launches").count();
    }

    @Override
    public void close() {
        queue.destroy();
        dataSource.close();
    }
}

package com.printdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.payments.Payable;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.support.TestConfig;

/**
 * Signed Stripe webhook deliveries per second over HTTP on loopback, 20 % of them duplicates, and in
 * the same run the database's ceiling for the equivalent SQL (the same inserts and update per
 * transaction in a JDBC loop at the same concurrency). Run with {@code ./mvnw -Pbench test}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfig.class)
class WebhookBenchmark {

    static final int DISTINCT = 4000;
    static final int DUPLICATES = 1000;   // 20 % of the 5,000 deliveries
    // Stripe delivers concurrently; 16 senders by default, -Dbench.concurrency=N to find the best level
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    static final int WARM_UP = 4000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void signedDeliveriesPerSecond() throws Exception {
        String run = Long.toString(System.nanoTime());
        List<String> payloads = completedEvents("pi_bench_" + run + "_", 9_000_000_000L, DISTINCT);
        List<String> deliveries = new ArrayList<>(payloads);
        for (int i = 0; i < DUPLICATES; i++) {
            deliveries.add(payloads.get(ThreadLocalRandom.current().nextInt(DISTINCT)));
        }
        Collections.shuffle(deliveries);
        // warm-up on the measured path (until the JIT has compiled it), with payables of its own
        deliver(completedEvents("pi_warmup_" + run + "_", 9_500_000_000L, WARM_UP));

        CpuAccount cpu = new CpuAccount(jdbc.sql("SHOW data_directory").query(String.class).single());
        Map<String, Double> cpuBefore = cpu.snapshot();
        Map<String, Object> databaseBefore = databaseWork();
        long start = System.nanoTime();
        List<Integer> statuses = deliver(deliveries);
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpuSpent = perDelivery(CpuAccount.difference(cpuBefore, cpu.snapshot()), deliveries.size());
        Thread.sleep(1500); // PostgreSQL publishes its statistics at most once a second
        String databaseSpent = perDelivery(databaseBefore, databaseWork(), deliveries.size());
        double perSecond = deliveries.size() / seconds;

        assertThat(statuses).containsOnly(200);
        long recorded = jdbc.sql("SELECT count(*) FROM payments WHERE processor_id LIKE ?").param("pi_bench_" + run + "_%")
                .query(Long.class).single();
        assertThat(recorded).as("exactly one payment per distinct event").isEqualTo(DISTINCT);

        double ceiling = databaseCeiling(run);
        String result = String.format("webhook deliveries: %d (%d distinct, %d duplicates), concurrency %d%n"
                        + "HTTP, signed, end to end: %.0f deliveries/s (%.1f s)%n"
                        + "database ceiling, same SQL per transaction over JDBC: %.0f transactions/s%n"
                        + "ratio to ceiling: %.0f %%%n"
                        + "CPU per delivery (ms), by thread group and PostgreSQL:%n%s"
                        + "database work per delivery (pg_stat_database):%n%s", deliveries.size(), DISTINCT,
                DUPLICATES, CONCURRENCY, perSecond, seconds, ceiling, 100 * perSecond / ceiling, cpuSpent,
                databaseSpent);
        System.out.println("\n=== Webhook benchmark ===\n" + result);
        Files.writeString(Path.of("target/webhook-benchmark.txt"), result);
    }

    private Map<String, Object> databaseWork() {
        return jdbc.sql("""
                SELECT xact_commit AS commits, xact_rollback AS rollbacks, tup_inserted AS inserted,
                       tup_updated AS updated, tup_deleted AS deleted, tup_returned AS scanned, tup_fetched AS fetched
                FROM pg_stat_database WHERE datname = current_database()""").query().singleRow();
    }

    private static String perDelivery(Map<String, Object> before, Map<String, Object> after, int deliveries) {
        StringBuilder lines = new StringBuilder();
        after.forEach((key, value) -> lines.append(String.format("  %-45s %6.2f%n", key,
                (((Number) value).longValue() - ((Number) before.get(key)).longValue()) / (double) deliveries)));
        return lines.toString();
    }

    private static List<String> completedEvents(String paymentIntentPrefix, long firstPayableId, int count) {
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            payloads.add(StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                    .withSessionId(StripeFixtures.unique("cs_test_")).withPaymentIntent(paymentIntentPrefix + i)
                    .withPayable(new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, firstPayableId + i))
                    .withAmount(1000 + i).json());
        }
        return payloads;
    }

    private static String perDelivery(Map<String, Double> spent, int deliveries) {
        StringBuilder lines = new StringBuilder();
        spent.entrySet().stream().filter(e -> e.getValue() / deliveries >= 0.01)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> lines.append(String.format("  %-45s %6.2f%n", e.getKey(), e.getValue() / deliveries)));
        lines.append(String.format("  %-45s %6.2f%n", "total",
                spent.values().stream().mapToDouble(Double::doubleValue).sum() / deliveries));
        return lines.toString();
    }

    private List<Integer> deliver(List<String> payloads) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        URI uri = URI.create("http://localhost:" + port + "/api/stripe/webhook");
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String payload : payloads) {
                results.add(pool.submit(() -> http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Stripe-Signature", StripeFixtures.sign(payload))
                        .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
        finally {
            pool.shutdown();
        }
    }

    /** What one webhook transaction writes, without HTTP, JSON or HMAC: the ceiling for the same work. */
    private double databaseCeiling(String run) throws Exception {
        int transactions = DISTINCT;
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            int worker = t;
            done.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    for (int i = worker; i < transactions; i += CONCURRENCY) {
                        oneTransaction(connection, run, i);
                        connection.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return transactions / seconds;
    }

    private static void oneTransaction(Connection connection, String run, int i) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO stripe_events (event_id, type, received_at) VALUES (?, 'checkout.session.completed', ?) ON CONFLICT DO NOTHING");
             PreparedStatement session = connection.prepareStatement("SELECT * FROM checkout_sessions WHERE stripe_session_id = ?");
             PreparedStatement payment = connection.prepareStatement("""
                     INSERT INTO payments (payable_type, payable_id, method, amount_cents, paid_on, processor, processor_id,
                         status, flagged, flag_reason, recorded_by, created_at)
                     VALUES ('CHECKOUT_ATTEMPT', ?, 'STRIPE', ?, current_date, 'stripe', ?, 'RECORDED', true, 'bench', 'system', ?)
                     ON CONFLICT (processor, processor_id) DO NOTHING RETURNING id""");
             PreparedStatement publication = connection.prepareStatement("""
                     INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                     VALUES (?, 'bench', 'bench', '{}', ?, 'PUBLISHED')""");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE checkout_sessions SET status = 'COMPLETE' WHERE stripe_session_id = ?")) {
            claim.setString(1, "evt_ceiling_" + run + "_" + i);
            claim.setTimestamp(2, now);
            claim.executeUpdate();
            session.setString(1, "cs_ceiling_" + i);
            session.executeQuery().close();
            payment.setLong(1, 9_100_000_000L + i);
            payment.setLong(2, 1000 + i);
            payment.setString(3, "pi_ceiling_" + run + "_" + i);
            payment.setTimestamp(4, now);
            payment.executeQuery().close();
            for (int p = 0; p < 2; p++) {
                publication.setObject(1, UUID.randomUUID());
                publication.setTimestamp(2, now);
                publication.executeUpdate();
            }
            update.setString(1, "cs_ceiling_" + i);
            update.executeUpdate();
        }
    }
}

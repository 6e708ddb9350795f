package com.printdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
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
    // Stripe delivers concurrently; 8 senders by default, -Dbench.concurrency=N to find the best level
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 3);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @org.springframework.beans.factory.annotation.Value("${spring.task.execution.pool.core-size}")
    int listenerThreads;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void signedDeliveriesPerSecond() throws Exception {
        String run = Long.toString(System.nanoTime());
        long client = jdbc.sql("INSERT INTO clients (name, company, email, created_at) VALUES ('Bench Client', "
                + "'Bench Pty Ltd', ?, now()) RETURNING id").param("bench-" + run + "@example.com").query(Long.class).single();
        long material = jdbc.sql("INSERT INTO materials (name, type, density, price_per_gram, created_at, updated_at) "
                + "VALUES ('Bench PLA', 'PLA', 1.24, 0.05, now(), now()) RETURNING id").query(Long.class).single();
        // warm-up rounds on the measured path, with invoices of their own: code run once per delivery
        // reaches C2 only after 5,000-15,000 calls, and a round measured before that measures the JIT
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            String batch = "warmup" + run + "r" + round;
            deliver(signed(withDuplicates(completedEvents(issuedInvoices(client, material, batch, DISTINCT),
                    "pi_" + batch + "_"))));
            awaitSettled(Duration.ofMinutes(5));
        }

        CpuAccount cpu = new CpuAccount(jdbc.sql("SHOW data_directory").query(String.class).single());
        Map<String, Double> answeringCpu = new java.util.TreeMap<>();
        Map<String, Double> settlingCpu = new java.util.TreeMap<>();
        Map<String, Long> scans = new java.util.TreeMap<>();
        Map<String, Object> databaseBefore = databaseWork();
        List<double[]> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String batch = "bench" + run + "r" + round;
            List<String> deliveries = withDuplicates(completedEvents(issuedInvoices(client, material, batch, DISTINCT),
                    "pi_" + batch + "_"));
            List<byte[]> requests = signed(deliveries);

            Thread.sleep(1100); // backends publish their table statistics at most once a second
            Map<String, Long> scansAtStart = tableScans();
            Map<String, Double> atStart = cpu.snapshot();
            long start = System.nanoTime();
            List<Integer> statuses = deliver(requests);
            double answered = (System.nanoTime() - start) / 1e9;
            Map<String, Double> atAnswers = cpu.snapshot();
            awaitSettled(Duration.ofMinutes(5));
            double settled = (System.nanoTime() - start) / 1e9;
            Map<String, Double> atSettled = cpu.snapshot();
            CpuAccount.difference(atStart, atAnswers).forEach((key, ms) -> answeringCpu.merge(key, ms, Double::sum));
            CpuAccount.difference(atAnswers, atSettled).forEach((key, ms) -> settlingCpu.merge(key, ms, Double::sum));
            // before the checks below, whose unindexed LIKEs would otherwise count as the webhook's reads
            Thread.sleep(1100);
            tableScans().forEach((table, rows) -> scans.merge(table, rows - scansAtStart.getOrDefault(table, 0L), Long::sum));
            rounds.add(new double[] {deliveries.size() / answered, answered, deliveries.size() / settled, settled});

            assertThat(statuses).containsOnly(200);
            String invoicesOfRound = "SELECT id FROM invoices WHERE number LIKE '" + batch.toUpperCase() + "-%'";
            assertThat(count("SELECT count(*) FROM payments WHERE processor_id LIKE 'pi_" + batch + "_%'"))
                    .as("exactly one payment per distinct event").isEqualTo(DISTINCT);
            assertThat(count("SELECT count(*) FROM payments WHERE flagged AND processor_id LIKE 'pi_" + batch + "_%'"))
                    .as("every amount matched its session").isZero();
            assertThat(count("SELECT count(*) FROM invoices WHERE status = 'PAID' AND id IN (" + invoicesOfRound + ")"))
                    .as("every invoice paid").isEqualTo(DISTINCT);
            assertThat(count("SELECT count(*) FROM print_jobs WHERE invoice_id IN (" + invoicesOfRound + ")"))
                    .as("one job per paid invoice line").isEqualTo(DISTINCT);
            assertThat(count("SELECT count(*) FROM outbox_emails WHERE related_type = 'invoice' AND related_id IN ("
                    + invoicesOfRound + ")")).as("one receipt per payment").isEqualTo(DISTINCT);
        }
        int deliveries = ROUNDS * (DISTINCT + DUPLICATES);
        Thread.sleep(1500); // PostgreSQL publishes its statistics at most once a second
        String databaseSpent = perDelivery(databaseBefore, databaseWork(), deliveries);

        double[] median = rounds.stream().sorted(java.util.Comparator.comparingDouble(r -> r[0])).toList()
                .get(rounds.size() / 2);
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < rounds.size(); i++) {
            double[] r = rounds.get(i);
            each.append(String.format("  round %d: answered %.0f /s (%.1f s), settled %.0f /s (%.1f s)%n", i + 1, r[0],
                    r[1], r[2], r[3]));
        }
        double ceiling = databaseCeiling(run, issuedInvoices(client, material, "ceiling" + run, DISTINCT));
        String result = String.format("webhook deliveries per round: %d (%d distinct, %d duplicates), concurrency %d, "
                        + "%d warm-up and %d measured rounds, %d event listener threads%n%s"
                        + "HTTP, signed, end to end (every delivery answered), median round: %.0f deliveries/s%n"
                        + "settled (every invoice paid, job created, receipt queued, activity written), same round: "
                        + "%.0f deliveries/s%n"
                        + "database ceiling, same SQL per transaction over JDBC: %.0f transactions/s%n"
                        + "ratio to ceiling: %.0f %%%n"
                        + "CPU per delivery (ms) until the last answer, by thread group and PostgreSQL:%n%s"
                        + "CPU per delivery (ms) after the last answer, until settled:%n%s"
                        + "database work per delivery (pg_stat_database):%n%s"
                        + "rows read per delivery by table (pg_stat_user_tables: sequential, by index):%n%s",
                DISTINCT + DUPLICATES, DISTINCT, DUPLICATES, CONCURRENCY, WARM_UP_ROUNDS, ROUNDS, listenerThreads, each, median[0],
                median[2], ceiling, 100 * median[0] / ceiling, perDelivery(answeringCpu, deliveries),
                perDelivery(settlingCpu, deliveries), databaseSpent, perDeliveryScans(scans, deliveries));
        System.out.println("\n=== Webhook benchmark ===\n" + result);
        Files.writeString(Path.of("target/webhook-benchmark.txt"), result);
    }

    /** The distinct events and {@link #DUPLICATES} redeliveries of random ones among them, shuffled. */
    private static List<String> withDuplicates(List<String> payloads) {
        List<String> deliveries = new ArrayList<>(payloads);
        for (int i = 0; i < DUPLICATES; i++) {
            deliveries.add(payloads.get(ThreadLocalRandom.current().nextInt(payloads.size())));
        }
        Collections.shuffle(deliveries);
        return deliveries;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Waits until every listener of every published event has completed (the downstream work is done). */
    private void awaitSettled(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        // EXISTS stops at the first incomplete row, but a sequential scan first walks the rows completed (and
        // deleted) since the last vacuum: asked every 50 ms the wait itself was most of PostgreSQL's reads
        while (jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_publication WHERE completion_date IS NULL)")
                .query(Boolean.class).single()) {
            assertThat(System.nanoTime()).as("event publications still incomplete after " + atMost).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** An issued invoice per delivery (one printable line, so paying it makes a job) and its open Checkout session. */
    private List<PaidSession> issuedInvoices(long client, long material, String batch, int count) {
        List<PaidSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long subtotal = 1000 + i;
            long gst = Math.round(subtotal / 10.0);
            long invoice = jdbc.sql("""
                    INSERT INTO invoices (client_id, number, status, price_entry, bill_to_name, bill_to_email, issue_date,
                        due_date, discount_kind, discount_value, shipping_cents, gst_registered, subtotal_cents, gst_cents,
                        total_cents, created_at, issued_at)
                    VALUES (?, ?, 'ISSUED', 'EXCLUSIVE', 'Bench Client', 'bench@example.com', current_date,
                        current_date + 14, 'AMOUNT', 0, 0, TRUE, ?, ?, ?, now(), now()) RETURNING id""")
                    .params(client, batch.toUpperCase() + "-" + i, subtotal, gst, subtotal + gst).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO invoice_items (invoice_id, position, description, quantity, unit_price_cents,
                        discount_percent, gst_free, line_total_cents, material_id, grams, print_hours)
                    VALUES (?, 0, 'Bench part', 1, ?, 0, FALSE, ?, ?, 12.5, 1.25)""")
                    .params(invoice, subtotal, subtotal, material).update();
            String session = "cs_" + batch + "_" + i;
            jdbc.sql("""
                    INSERT INTO checkout_sessions (payable_type, payable_id, generation, stripe_session_id, url,
                        amount_cents, currency, status, expires_at, created_at)
                    VALUES ('INVOICE', ?, 1, ?, 'https://checkout.stripe.com/c/pay/bench', ?, 'aud', 'OPEN',
                        now() + interval '1 day', now())""")
                    .params(invoice, session, subtotal + gst).update();
            sessions.add(new PaidSession(invoice, session, subtotal + gst));
        }
        jdbc.sql("ANALYZE invoices").update();
        jdbc.sql("ANALYZE checkout_sessions").update();
        return sessions;
    }

    record PaidSession(long invoiceId, String sessionId, long cents) {
    }

    private Map<String, Object> databaseWork() {
        return jdbc.sql("""
                SELECT xact_commit AS commits, xact_rollback AS rollbacks, tup_inserted AS inserted,
                       tup_updated AS updated, tup_deleted AS deleted, tup_returned AS scanned, tup_fetched AS fetched
                FROM pg_stat_database WHERE datname = current_database()""").query().singleRow();
    }

    /** Rows each table handed out, sequentially ("seq ") and through an index ("idx "): what the work read. */
    private Map<String, Long> tableScans() {
        Map<String, Long> rows = new java.util.HashMap<>();
        jdbc.sql("SELECT relname, seq_tup_read, coalesce(idx_tup_fetch, 0) AS idx FROM pg_stat_user_tables").query(rs -> {
            rows.put("seq " + rs.getString(1), rs.getLong(2));
            rows.put("idx " + rs.getString(1), rs.getLong(3));
        });
        return rows;
    }

    private static String perDeliveryScans(Map<String, Long> rowsRead, int deliveries) {
        StringBuilder lines = new StringBuilder();
        rowsRead.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() / (double) deliveries))
                .filter(e -> e.getValue() >= 0.5).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> lines.append(String.format("  %-45s %8.1f%n", e.getKey(), e.getValue())));
        return lines.toString();
    }

    private static String perDelivery(Map<String, Object> before, Map<String, Object> after, int deliveries) {
        StringBuilder lines = new StringBuilder();
        after.forEach((key, value) -> lines.append(String.format("  %-45s %6.2f%n", key,
                (((Number) value).longValue() - ((Number) before.get(key)).longValue()) / (double) deliveries)));
        return lines.toString();
    }

    private static List<String> completedEvents(List<PaidSession> sessions, String paymentIntentPrefix) {
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            PaidSession paid = sessions.get(i);
            payloads.add(StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                    .withSessionId(paid.sessionId()).withPaymentIntent(paymentIntentPrefix + i)
                    .withPayable(Payable.invoice(paid.invoiceId())).withAmount(paid.cents()).json());
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

    /** Signed as Stripe signs them, before the clock starts: signing is Stripe's work, not the endpoint's. */
    private List<byte[]> signed(List<String> payloads) {
        KeepAliveSender sender = new KeepAliveSender("localhost", port);
        return payloads.stream().map(payload -> sender.post("/api/stripe/webhook", payload,
                "Content-Type: application/json; charset=utf-8", "Stripe-Signature: " + StripeFixtures.sign(payload),
                "User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)")).toList();
    }

    private List<Integer> deliver(List<byte[]> requests) throws Exception {
        int[] statuses = new KeepAliveSender("localhost", port).send(requests, CONCURRENCY);
        return java.util.Arrays.stream(statuses).boxed().toList();
    }

    /**
     * What one paid delivery's transaction does, statement for statement, without HTTP, JSON or HMAC:
     * the ceiling for the same work. Open sessions of real issued invoices are completed, as the webhook
     * completes them.
     */
    private double databaseCeiling(String run, List<PaidSession> sessions) throws Exception {
        int transactions = sessions.size();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            int worker = t;
            done.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    for (int i = worker; i < transactions; i += CONCURRENCY) {
                        oneTransaction(connection, run, i, sessions.get(i));
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
        // its publications name no listener: left behind they would be resubmitted (and logged) forever
        jdbc.sql("DELETE FROM event_publication WHERE listener_id LIKE 'bench-%'").update();
        return transactions / seconds;
    }

    /** The webhook's statements for a paid session: claim, complete the session, the payment, three publications. */
    private static void oneTransaction(Connection connection, String run, int i, PaidSession paid) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO stripe_events (event_id, type, received_at) VALUES (?, 'checkout.session.completed', ?) ON CONFLICT DO NOTHING");
             PreparedStatement session = connection.prepareStatement(
                     "UPDATE checkout_sessions SET status = 'COMPLETE' WHERE stripe_session_id = ? RETURNING *");
             PreparedStatement payment = connection.prepareStatement("""
                     INSERT INTO payments (payable_type, payable_id, method, amount_cents, paid_on, processor, processor_id,
                         status, flagged, flag_reason, recorded_by, created_at)
                     VALUES ('INVOICE', ?, 'STRIPE', ?, current_date, 'stripe', ?, 'RECORDED', false, null, 'system', ?)
                     ON CONFLICT (processor, processor_id) DO NOTHING RETURNING *""");
             PreparedStatement publication = connection.prepareStatement("""
                     INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                         completion_attempts, last_resubmission_date)
                     VALUES (?, 'com.printdesk.payments.PaymentEvents$PaymentRecorded', ?, ?, ?, 'PUBLISHED', 0, null)""")) {
            claim.setString(1, "evt_ceiling_" + run + "_" + i);
            claim.setTimestamp(2, now);
            claim.executeUpdate();
            session.setString(1, paid.sessionId());
            session.executeQuery().close();
            payment.setLong(1, paid.invoiceId());
            payment.setLong(2, paid.cents());
            payment.setString(3, "pi_ceiling_" + run + "_" + i);
            payment.setTimestamp(4, now);
            payment.executeQuery().close();
            // what PaymentRecorded serialises to, one row per listener (invoices, notifications, activity)
            String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"actor\":\"system\",\"paymentId\":" + i
                    + ",\"payable\":{\"type\":\"INVOICE\",\"id\":" + paid.invoiceId() + "},\"amount\":{\"cents\":"
                    + paid.cents() + "},\"method\":\"STRIPE\",\"flagged\":false,\"summary\":\"Stripe payment of $"
                    + paid.cents() / 100 + " received\",\"occurredAt\":\"" + now.toInstant() + "\"}";
            for (String listener : List.of("bench-invoices", "bench-notifications", "bench-activity")) {
                publication.setObject(1, UUID.randomUUID());
                publication.setString(2, listener);
                publication.setTimestamp(3, now);
                publication.setString(4, event);
                publication.executeUpdate();
            }
        }
    }
}

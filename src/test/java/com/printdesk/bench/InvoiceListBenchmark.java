package com.printdesk.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * The admin invoice list over 10,000 invoices of 500 clients: page time through the whole MVC stack
 * (security, controller, query, Thymeleaf), for plain pages, a status filter and a search. Run with
 * {@code ./mvnw -Pbench test}.
 */
@Tag("bench")
@IntegrationTest
class InvoiceListBenchmark {

    static final int CLIENTS = 500;
    static final int INVOICES = 10_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void listTenThousandInvoices() throws Exception {
        seed();
        var admin = data.adminPrincipal();
        Random random = new Random(42);
        List<String> urls = List.of("/admin/invoices?page=%d", "/admin/invoices?status=ISSUED&page=%d",
                "/admin/invoices?q=bench+client+1%d");
        for (int i = 0; i < 50; i++) {
            mvc.perform(get(String.format(urls.get(i % 3), random.nextInt(40))).with(user(admin)));
        }
        Timings timings = new Timings("admin invoice list, 10k invoices");
        for (int i = 0; i < 300; i++) {
            String url = String.format(urls.get(i % 3), random.nextInt(40));
            timings.time(() -> mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()));
        }
        System.out.println("\n=== Invoice list benchmark ===\n" + timings + "\n");
        Files.writeString(Path.of("target/invoice-list-benchmark.txt"), timings + "\n");
    }

    private void seed() {
        List<Object[]> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new Object[] {"Bench Client " + i, "Bench Co " + i, "bench" + i + "@example.com",
                    Timestamp.from(Instant.now())});
        }
        jdbc.batchUpdate("INSERT INTO clients (name, company, email, created_at) VALUES (?, ?, ?, ?)", clients);
        List<Long> ids = jdbc.queryForList("SELECT id FROM clients WHERE email LIKE 'bench%@example.com' ORDER BY id",
                Long.class);
        List<Object[]> invoices = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            long client = ids.get(i % ids.size());
            boolean issued = i % 5 != 0;
            LocalDate issuedOn = LocalDate.now().minusDays(i % 90);
            invoices.add(new Object[] {client, issued ? String.format("BEN-%06d", i) : null,
                    issued ? "ISSUED" : "DRAFT", "Bench Client " + (i % CLIENTS), "Bench Co " + (i % CLIENTS),
                    issued ? Date.valueOf(issuedOn) : null, issued ? Date.valueOf(issuedOn.plusDays(14)) : null,
                    10_000L + i, 1_000L + i / 10, 11_000L + i + i / 10, Timestamp.from(Instant.now().minusSeconds(i))});
        }
        jdbc.batchUpdate("""
                INSERT INTO invoices (client_id, number, status, price_entry, bill_to_name, bill_to_company,
                    issue_date, due_date, discount_kind, discount_value, shipping_cents, gst_registered,
                    subtotal_cents, gst_cents, total_cents, created_at)
                VALUES (?, ?, ?, 'EXCLUSIVE', ?, ?, ?, ?, 'AMOUNT', 0, 0, TRUE, ?, ?, ?, ?)
                """, invoices);
        jdbc.execute("ANALYZE invoices");
    }
}

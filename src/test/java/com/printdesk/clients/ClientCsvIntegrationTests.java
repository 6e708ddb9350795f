package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The CSV export: what the list shows, every row of it, safe to open in a spreadsheet. */
@IntegrationTest
class ClientCsvIntegrationTests {

    static final String HEADER =
            "Name,Company,Email,Phone,ABN,Billing address,Payment terms (days),Notes,Created,Archived";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Clients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    UserDetails admin;

    @BeforeEach
    void signIn() {
        admin = userDetails.loadUserByUsername(data.adminEmail());
    }

    @Test
    void theExportIsAnAttachmentWithQuotedCellsAndNeutralisedFormulas() throws Exception {
        String tag = TestClients.tag();
        clients.create(new ClientDetails("Ann Smith", "Smith, Jones & \"Partners\" " + tag,
                "ann-" + tag + "@example.com",
                "+61 2 9000 0000", "51 824 753 556", "1 Main St\nSydney NSW 2000", "Pays late,\noften", 30));
        clients.create(new ClientDetails("=HYPERLINK(\"http://evil.example\",\"click\")", tag,
                "evil-" + tag + "@example.com", null, null, null, "@SUM(A1:A9)", null));

        String csv = mvc.perform(get("/admin/clients.csv").param("q", tag).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"clients.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Australia/Sydney")).toString();
        assertThat(csv).startsWith(HEADER + "\r\n");
        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                + tag + ",evil-" + tag
                + "@example.com,,,,,'@SUM(A1:A9),");
        assertThat(csv).contains("\r\nAnn Smith,\"Smith, Jones & \"\"Partners\"\" " + tag + "\",ann-" + tag
                + "@example.com,'+61 2 9000 0000,51 824 753 556,\"1 Main St\nSydney NSW 2000\",30,"
                + "\"Pays late,\noften\",");
        assertThat(csv).doesNotContain("\r\n=").doesNotContain(",=").doesNotContain(",@").doesNotContain(",+");
        assertThat(csv.lines().filter(line -> line.endsWith(",no")).count()).isEqualTo(2);
        assertThat(csv).as("dates in the business time zone; the test assumes its default").containsAnyOf(today,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void theExportHasEveryMatchingClientNotJustOnePageAcrossExportBatches() throws Exception {
        String tag = TestClients.tag();
        int count = Clients.EXPORT_BATCH + 10;
        Timestamp now = Timestamp.from(Instant.now());
        IntStream.range(0, count).forEach(i -> jdbc.sql(
                        "INSERT INTO clients (name, company, email, created_at) VALUES (?, ?, ?, ?)")
                .params("Bulk %04d".formatted(i), tag, "bulk%04d-%s@example.com".formatted(i, tag), now).update());
        clients.create(TestClients.details("Someone Else", "Other " + TestClients.tag(),
                TestClients.tag() + "@example.com"));

        String csv = mvc.perform(get("/admin/clients.csv").param("q", tag).param("sort", "email").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSize(count).doesNotHaveDuplicates().allMatch(row -> row.startsWith("Bulk "));
        assertThat(rows.get(0)).startsWith("Bulk 0000,");
        assertThat(rows.get(count - 1)).startsWith("Bulk %04d,".formatted(count - 1));
    }

    @Test
    void archivedClientsAreExportedOnlyWhenTheListIncludesThem() throws Exception {
        String tag = TestClients.tag();
        clients.create(TestClients.details("Kept", tag, "kept-" + tag + "@example.com"));
        long gone = clients.create(TestClients.details("Archived One", tag, "gone-" + tag + "@example.com")).id();
        jdbc.sql("UPDATE clients SET archived_at = now() WHERE id = ?").param(gone).update();

        assertThat(export(tag, false)).hasSize(1);
        assertThat(export(tag, true)).hasSize(2)
                .anyMatch(row -> row.startsWith("Archived One,") && row.endsWith(",yes"));
    }

    private List<String> export(String q, boolean archived) throws Exception {
        return mvc.perform(get("/admin/clients.csv").param("q", q).param("archived", String.valueOf(archived))
                        .with(user(admin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }
}

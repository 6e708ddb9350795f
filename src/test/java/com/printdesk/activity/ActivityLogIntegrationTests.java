package com.printdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.shared.ActivityEvent;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class ActivityLogIntegrationTests {

    @Autowired
    ActivityLog log;

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;

    @Autowired
    MockMvc mvc;

    @Test
    void issuingAnInvoiceIsRecordedWithItsActor() throws Exception {
        var admin = data.adminPrincipal();
        long client = data.client().clientId();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        long id;
        try {
            id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "10.00")));
            invoices.issue(id);
        }
        finally {
            SecurityContextHolder.clearContext();
        }

        List<ActivityEntry> entries = awaitEntries("invoice", id, 2);
        assertThat(entries).extracting(ActivityEntry::action).containsExactly("issued", "created");
        assertThat(entries).extracting(ActivityEntry::actor).containsOnly(admin.email());
        assertThat(entries.get(0).summary()).contains(invoices.view(id).number());

        mvc.perform(get("/admin/activity").param("entityType", "invoice").param("action", "issued").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(invoices.view(id).number())));
        mvc.perform(get("/admin/activity/invoice/" + id).with(user(admin)))
                .andExpect(content().string(containsString("issued to Ada")));
    }

    @Test
    void anEventDeliveredTwiceIsRecordedOnce() {
        TestEvent event = new TestEvent(UUID.randomUUID(), "someone@example.com", "created", "test", 4242,
                "Test thing created", Instant.now());
        log.record(event);
        log.record(event);
        assertThat(log.about("test", 4242)).filteredOn(entry -> entry.summary().equals("Test thing created")).hasSize(1);
    }

    @Test
    void clientsCannotReadTheLog() throws Exception {
        mvc.perform(get("/admin/activity").with(user(data.client()))).andExpect(status().isForbidden());
    }

    private List<ActivityEntry> awaitEntries(String type, long id, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<ActivityEntry> entries = log.about(type, id);
        while (entries.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            entries = log.about(type, id);
        }
        return entries;
    }

    record TestEvent(UUID eventId, String actor, String action, String entityType, long entityId, String summary,
            Instant occurredAt) implements ActivityEvent {
    }

    @Test
    void theLogPagesFromNewerToOlderKeepingItsFilters() throws Exception {
        String actor = "pager-" + UUID.randomUUID();
        Instant at = Instant.parse("2031-03-04T01:00:00Z");
        for (int i = 0; i <= ActivityLog.PAGE_SIZE; i++) {
            log.record(new Entry(UUID.randomUUID(), actor, "checked", "printer", i, "Printer checked", at.plusSeconds(i)));
        }
        String first = "/admin/activity?entityType=printer&amp;actor=" + actor + "&amp;action=checked&amp;from=2031-03-01&amp;to=2031-03-31&amp;page=";

        mvc.perform(get("/admin/activity").param("entityType", "printer").param("actor", actor).param("action", "checked")
                        .param("from", "2031-03-01").param("to", "2031-03-31").with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<span>Page 1 of 2 (51 entries)</span>")))
                .andExpect(content().string(containsString("<a href=\"" + first + "1\">Older</a>")))
                .andExpect(content().string(not(containsString(">Newer</a>"))));
        mvc.perform(get("/admin/activity").param("entityType", "printer").param("actor", actor).param("action", "checked")
                        .param("from", "2031-03-01").param("to", "2031-03-31").param("page", "1")
                        .with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<a href=\"" + first + "0\">Newer</a>")))
                .andExpect(content().string(containsString("<span>Page 2 of 2 (51 entries)</span>")))
                .andExpect(content().string(not(containsString(">Older</a>"))));
    }

    record Entry(UUID eventId, String actor, String action, String entityType, long entityId, String summary,
            Instant occurredAt) implements ActivityEvent {
    }
}

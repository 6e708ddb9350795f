package com.printdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.activity.ActivityEntry;
import com.printdesk.activity.ActivityLog;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.TestJobs;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.SecondInstance;
import com.printdesk.support.TestData;

/** Conversations are private to their client, plain text, bounded in length and rate-limited per user. */
@IntegrationTest
class MessagesIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Conversations conversations;

    @Autowired
    ConversationQueries queries;

    @Autowired
    Invoices invoices;

    @Autowired
    ActivityLog activity;

    @Autowired
    MovableClock clock;

    @Autowired
    TestJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClientSeesAndWritesInTheirOwnConversationsOnly() throws Exception {
        AccountPrincipal owner = data.client();
        AccountPrincipal stranger = data.client();
        String subject = "Tolerances " + UUID.randomUUID();
        String location = mvc.perform(post("/portal/messages").with(user(owner)).with(csrf())
                .param("subject", subject).param("body", "Can you hold ±0.1 mm on the bore?"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/portal/messages/".length()));

        mvc.perform(get("/portal/messages/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/portal/messages/" + id).with(user(stranger)).with(csrf()).param("body", "Let me in"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/messages").with(user(stranger)))
                .andExpect(content().string(not(containsString(subject))));
        assertThat(queries.messageCount(id)).isEqualTo(1);

        mvc.perform(get("/portal/messages").with(user(owner))).andExpect(content().string(containsString(subject)));
        mvc.perform(post("/portal/messages/" + id).with(user(owner)).with(csrf()).param("body", "Also: PETG please."))
                .andExpect(redirectedUrl("/portal/messages/" + id + "#latest"));
        mvc.perform(get("/admin/messages/" + id).with(user(data.adminPrincipal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Also: PETG please.")));
        mvc.perform(get("/admin/messages/" + id).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/portal/messages/" + id).with(user(owner)).param("body", "no token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClientCannotStartAConversationAboutAnotherClientsInvoice() throws Exception {
        AccountPrincipal owner = data.client();
        AccountPrincipal stranger = data.client();
        long invoice = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10")));
        invoices.issue(invoice);
        String subject = "Sneaky " + UUID.randomUUID();

        mvc.perform(post("/portal/messages").with(user(stranger)).with(csrf()).param("subject", subject)
                .param("invoiceId", String.valueOf(invoice)).param("body", "What is this invoice?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not one of this client&#39;s issued invoices")));
        assertThat(queries.inbox(new ConversationQueries.InboxFilter(Author.of(stranger), subject, false), 0).getTotalElements()).isZero();

        long id = conversations.start(Author.of(owner), owner.clientId(), subject, RelatedRecord.invoice(invoice), "Hi");
        mvc.perform(get("/portal/messages/" + id).with(user(owner)))
                .andExpect(content().string(containsString("href=\"/portal/invoices/" + invoice + "\"")))
                .andExpect(content().string(containsString("Tax invoice " + invoices.view(invoice).number())));
        mvc.perform(get("/admin/messages/" + id).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("href=\"/admin/invoices/" + invoice + "\"")));
    }

    @Test
    void theBureauStartsAConversationFromTheClientPage() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal admin = data.adminPrincipal();
        mvc.perform(get("/admin/clients/" + client.clientId()).with(user(admin)))
                .andExpect(content().string(containsString("/admin/messages/new?clientId=" + client.clientId())));
        mvc.perform(get("/admin/messages/new").param("clientId", String.valueOf(client.clientId())).with(user(admin)))
                .andExpect(status().isOk());
        long job = jobs.jobOf(client.clientId());
        long strangersJob = jobs.jobOf(data.client().clientId());
        mvc.perform(post("/admin/messages").param("clientId", String.valueOf(client.clientId()))
                .param("subject", "Wrong job").param("jobId", String.valueOf(strangersJob)).param("body", "Hello")
                .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That job is not one of this client")));
        String location = mvc.perform(post("/admin/messages").param("clientId", String.valueOf(client.clientId()))
                .param("subject", "Your order").param("jobId", String.valueOf(job)).param("body", "Your parts are ready.")
                .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/messages/".length()));
        mvc.perform(post("/admin/messages").param("clientId", String.valueOf(client.clientId()))
                .param("subject", "Typo").param("jobId", "4x").param("body", "Hello").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A job number is a whole number")));
        mvc.perform(get("/portal/messages/" + id).with(user(client))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your parts are ready.")))
                .andExpect(content().string(containsString("href=\"/portal/jobs/" + job + "\"")))
                .andExpect(content().string(containsString("Job #" + job + " Bracket")));
    }

    @Test
    void messagesAndSubjectsAreEscapedOnEveryPage() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal admin = data.adminPrincipal();
        long id = conversations.start(Author.of(client), client.clientId(), "Subject " + SCRIPT,
                null, "Line one\n" + SCRIPT + "\n<b>bold</b>");

        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        for (var request : List.of(get("/portal/messages/" + id).with(user(client)), get("/portal/messages").with(user(client)),
                get("/admin/messages/" + id).with(user(admin)), get("/admin/messages").with(user(admin)))) {
            mvc.perform(request).andExpect(status().isOk())
                    .andExpect(content().string(containsString(escaped)))
                    .andExpect(content().string(not(containsString(SCRIPT))))
                    .andExpect(content().string(not(containsString("<b>bold</b>"))));
        }
        // the line breaks are kept as text (shown by white-space: pre-wrap), not turned into markup
        mvc.perform(get("/portal/messages/" + id).with(user(client)))
                .andExpect(content().string(containsString("Line one\n" + escaped + "\n&lt;b&gt;bold&lt;/b&gt;")));
    }

    @Test
    void aMessageIsAtMostFiveThousandCharactersAndNotBlank() throws Exception {
        AccountPrincipal client = data.client();
        long id = conversations.start(Author.of(client), client.clientId(), "Limits", null, "First");

        mvc.perform(post("/portal/messages/" + id).with(user(client)).with(csrf()).param("body", "x".repeat(5_001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 5,000 characters; this one has 5,001")));
        mvc.perform(post("/portal/messages/" + id).with(user(client)).with(csrf()).param("body", "  \r\n\t "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Write a message before sending.")));
        mvc.perform(post("/portal/messages").with(user(client)).with(csrf()).param("subject", " ").param("body", "Hi"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the conversation a subject.")));
        assertThat(queries.messageCount(id)).isEqualTo(1);

        // exactly 5,000 is fine, and a browser's CRLF line breaks count once
        mvc.perform(post("/portal/messages/" + id).with(user(client)).with(csrf()).param("body", "x".repeat(4_998) + "\r\ny"))
                .andExpect(redirectedUrl("/portal/messages/" + id + "#latest"));
        assertThat(queries.latestMessages(id, 1).get(0).body()).hasSize(5_000);
    }

    @Test
    void aUserMaySendTenMessagesAMinuteAcrossInstances() throws Exception {
        AccountPrincipal client = data.client();
        Author author = Author.of(client);
        long id = conversations.start(author, client.clientId(), "Rate", null, "1");
        Conversations otherInstance = SecondInstance.context().getBean(Conversations.class);
        MovableClock otherClock = SecondInstance.context().getBean(MovableClock.class);
        Duration behind = Duration.between(otherClock.instant(), clock.instant());
        if (!behind.isNegative()) {
            otherClock.advance(behind); // both instances agree on the time, as real servers would
        }
        try {
            for (int i = 2; i <= 5; i++) {
                conversations.post(author, id, String.valueOf(i));
            }
            for (int i = 6; i <= 10; i++) {
                otherInstance.post(author, id, String.valueOf(i));
            }
            assertThatThrownBy(() -> otherInstance.post(author, id, "11")).isInstanceOf(MessageRateLimited.class);
        }
        finally {
            otherClock.reset();
        }
        mvc.perform(post("/portal/messages/" + id).with(user(client)).with(csrf()).param("body", "11"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("You have sent 10 messages in the last minute")));
        assertThat(queries.messageCount(id)).isEqualTo(10);

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(post("/portal/messages/" + id).with(user(client)).with(csrf()).param("body", "11"))
                .andExpect(redirectedUrl("/portal/messages/" + id + "#latest"));
        // the limit is per user: the bureau can still answer
        conversations.post(Author.of(data.adminPrincipal()), id, "Noted.");
    }

    @Test
    void everyMessageIsInTheActivityLog() throws Exception {
        AccountPrincipal client = data.client();
        long id = conversations.start(Author.of(client), client.clientId(), "Logged", null, "Hello");
        conversations.post(Author.of(data.adminPrincipal()), id, "Hello back");

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<ActivityEntry> entries = activity.about("conversation", id);
        while (entries.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            entries = activity.about("conversation", id);
        }
        assertThat(entries).extracting(ActivityEntry::action).containsExactly("wrote", "started conversation");
        assertThat(entries.get(1).actor()).isEqualTo(client.email());
        assertThat(entries.get(1).summary()).contains("“Logged”").doesNotContain("Hello");
        String summary = entries.get(1).summary();
        assertThat(summary.indexOf(client.displayName())).as("the client named once: " + summary)
                .isEqualTo(summary.lastIndexOf(client.displayName())).isNotNegative();
    }

    @Test
    void aClientWithManyConversationsPagesThroughThem() throws Exception {
        AccountPrincipal client = data.client();
        for (int i = 0; i <= ConversationQueries.PAGE_SIZE; i++) {
            if (i > 0 && i % 10 == 0) {
                clock.advance(Duration.ofMinutes(1)); // past the rate limit of ten a minute
            }
            conversations.start(Author.of(client), client.clientId(), "Question " + i, null, "Hello");
        }

        mvc.perform(get("/portal/messages").with(user(client)))
                .andExpect(content().string(containsString("<span>Page 1 of 2</span>")))
                .andExpect(content().string(containsString("<a href=\"/portal/messages?page=1\">Next</a>")))
                .andExpect(content().string(not(containsString(">Previous</a>"))));
        mvc.perform(get("/portal/messages").param("page", "1").with(user(client)))
                .andExpect(content().string(containsString("<a href=\"/portal/messages?page=0\">Previous</a>")))
                .andExpect(content().string(containsString("<span>Page 2 of 2</span>")))
                .andExpect(content().string(containsString("Question 0")))
                .andExpect(content().string(not(containsString(">Next</a>"))));
    }
}

package com.printdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.StatementCounter;
import com.printdesk.support.TestData;

/** Unread counts per user on both sides, shown in both navigations, and the inbox's order. */
@IntegrationTest
class UnreadMessagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Conversations conversations;

    @Autowired
    ReadMarkers reads;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theBureausUnreadCountRisesWithAClientMessageAndFallsForTheAdminWhoReadsIt() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal reader = data.adminPrincipal();
        AccountPrincipal colleague = data.adminPrincipal();
        reads.markAllRead(reader.userId());
        reads.markAllRead(colleague.userId());
        long readerBefore = reads.unread(Author.of(reader));
        long colleagueBefore = reads.unread(Author.of(colleague));

        long id = conversations.start(Author.of(client), client.clientId(), "Question", null, "Is my order ready?");
        conversations.post(Author.of(client), id, "And can I pick it up on Friday?");
        assertThat(reads.unread(Author.of(reader))).isEqualTo(readerBefore + 2);
        assertThat(reads.unread(Author.of(colleague))).isEqualTo(colleagueBefore + 2);

        mvc.perform(get("/admin/messages/" + id).with(user(reader))).andExpect(status().isOk());
        assertThat(reads.unread(Author.of(reader))).isEqualTo(readerBefore);
        // read markers are per admin: the colleague still has it waiting
        assertThat(reads.unread(Author.of(colleague))).isEqualTo(colleagueBefore + 2);

        // the bureau's own replies are never unread for the bureau
        conversations.post(Author.of(reader), id, "Yes, from 9 am.");
        assertThat(reads.unread(Author.of(colleague))).isEqualTo(colleagueBefore + 2);
    }

    @Test
    void bothNavigationsShowTheUnreadCountUntilTheConversationIsOpened() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal admin = data.adminPrincipal();
        reads.markAllRead(admin.userId());
        mvc.perform(get("/admin").with(user(admin))).andExpect(content().string(not(containsString("id=\"unread-messages\""))));

        long id = conversations.start(Author.of(client), client.clientId(), "Colours", null, "Do you have orange PLA?");
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("id=\"unread-messages\" title=\"1 unread\">1</span>")));
        mvc.perform(get("/portal").with(user(client))).andExpect(content().string(not(containsString("id=\"unread-messages\""))));

        mvc.perform(post("/admin/messages/" + id).with(user(admin)).with(csrf()).param("body", "We do."))
                .andExpect(status().is3xxRedirection());
        conversations.post(Author.of(admin), id, "Two shades, in fact.");
        mvc.perform(get("/portal/invoices").with(user(client)))
                .andExpect(content().string(containsString("id=\"unread-messages\" title=\"2 unread\">2</span>")));
        mvc.perform(get("/portal/messages").with(user(client))).andExpect(content().string(containsString("class=\"unread\"")));
        mvc.perform(get("/admin").with(user(admin))).andExpect(content().string(not(containsString("id=\"unread-messages\""))));

        // opening the conversation reads it, and the page's own navigation already shows that
        mvc.perform(get("/portal/messages/" + id).with(user(client)))
                .andExpect(content().string(not(containsString("id=\"unread-messages\""))));
        assertThat(reads.unread(Author.of(client))).isZero();
    }

    @Test
    void aPageAsksForTheUnreadCountWithOneQuery() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal admin = data.adminPrincipal();
        conversations.start(Author.of(client), client.clientId(), "Counted", null, "Hello");
        StatementCounter.start();
        mvc.perform(get("/admin/clients").with(user(admin))).andExpect(status().isOk());
        assertThat(StatementCounter.stop()).filteredOn(sql -> sql.contains("conversation")).hasSize(1);
        StatementCounter.start();
        mvc.perform(get("/portal").with(user(client))).andExpect(status().isOk());
        assertThat(StatementCounter.stop()).filteredOn(sql -> sql.contains("conversation")).hasSize(1);
    }

    @Test
    void theInboxListsTheLatestMessageFirst() throws Exception {
        AccountPrincipal client = data.client();
        AccountPrincipal admin = data.adminPrincipal();
        String token = UUID.randomUUID().toString().substring(0, 8);
        long first = conversations.start(Author.of(client), client.clientId(), "First " + token, null, "a");
        clock.advance(Duration.ofSeconds(1));
        long second = conversations.start(Author.of(client), client.clientId(), "Second " + token, null, "b");
        clock.advance(Duration.ofSeconds(1));
        long third = conversations.start(Author.of(admin), client.clientId(), "Third " + token, null, "c");
        clock.advance(Duration.ofSeconds(1));
        conversations.post(Author.of(admin), first, "the newest message");

        String inbox = mvc.perform(get("/admin/messages").param("q", token).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).containsSubsequence("First " + token, "Third " + token, "Second " + token);
        // the admin wrote last in the first and third: only the second waits for them
        String unread = mvc.perform(get("/admin/messages").param("q", token).param("unread", "true").with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(unread).contains("Second " + token).doesNotContain("First " + token).doesNotContain("Third " + token);
        String portal = mvc.perform(get("/portal/messages").with(user(client)))
                .andReturn().getResponse().getContentAsString();
        assertThat(portal).containsSubsequence("data-conversation=\"" + first + "\"",
                "data-conversation=\"" + third + "\"", "data-conversation=\"" + second + "\"");
    }
}

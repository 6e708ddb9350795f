package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** Archive, restore and delete: a client something refers to is archived, never hard-deleted. */
@IntegrationTest
@RecordApplicationEvents
class ClientRemovalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ClientAdministration administration;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    UserDetails admin;

    @BeforeEach
    void signIn() {
        admin = userDetails.loadUserByUsername(data.adminEmail());
    }

    @Test
    void deletingAClientNothingRefersToRemovesIt() throws Exception {
        long id = clients.create(TestClients.details("Short Lived", null, TestClients.tag() + "@example.com")).id();

        mvc.perform(post("/admin/clients/{id}/delete", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients"))
                .andExpect(flash().attribute("notice", "Client Short Lived was deleted."));

        assertThat(clients.find(id)).isEmpty();
        assertThat(events.stream(ClientDeleted.class).filter(event -> event.clientId() == id)).hasSize(1);
    }

    @Test
    void deletingAClientWithAPortalUserArchivesItInstead() throws Exception {
        long id = data.client().clientId();

        mvc.perform(post("/admin/clients/{id}/delete", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients/" + id))
                .andExpect(flash().attribute("notice", Matchers.containsString("archived instead of deleted")));

        assertThat(clients.find(id)).hasValueSatisfying(client -> assertThat(client.archived()).isTrue());
        assertThat(events.stream(ClientDeleted.class).filter(event -> event.clientId() == id)).isEmpty();
        assertThat(events.stream(ClientArchived.class).filter(event -> event.clientId() == id)).hasSize(1);
    }

    /**
     * A module adding a reference holds the client with {@link Clients#lockForNewReference(long)}: a delete
     * arriving meanwhile waits for it, then sees the new reference and archives instead of leaving it dangling.
     */
    @Test
    void aDeleteWaitsForAReferenceBeingAddedAndThenArchives() throws Exception {
        long id = clients.create(TestClients.details("Raced", null, TestClients.tag() + "@example.com")).id();
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> invite = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            clients.lockForNewReference(id);
            locked.countDown();
            sleep(300); // the delete now runs into the lock instead of finding no reference
            jdbc.sql("INSERT INTO users (email, display_name, role, client_id, active, created_at) "
                    + "VALUES (?, 'Racer', 'CLIENT', ?, true, now())").params(TestClients.tag() + "@example.com", id)
                    .update();
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        ClientAdministration.Removal removal = administration.delete(id);
        invite.get(10, TimeUnit.SECONDS);

        assertThat(removal.deleted()).isFalse();
        assertThat(clients.find(id)).hasValueSatisfying(client -> assertThat(client.archived()).isTrue());
    }

    @Test
    void archivingHidesTheClientFromTheListAndRestoringBringsItBack() throws Exception {
        String tag = TestClients.tag();
        long id = clients.create(TestClients.details("Sleeping", tag, tag + "@example.com")).id();

        mvc.perform(post("/admin/clients/{id}/archive", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients/" + id));
        assertThat(clients.search(new ClientSearch(tag, null, false, false), 0, 25).getContent()).isEmpty();
        assertThat(clients.search(new ClientSearch(tag, null, false, true), 0, 25).getContent()).hasSize(1);

        mvc.perform(post("/admin/clients/{id}/unarchive", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients/" + id));
        assertThat(clients.search(new ClientSearch(tag, null, false, false), 0, 25).getContent()).hasSize(1);
        assertThat(events.stream(ClientUnarchived.class).filter(event -> event.clientId() == id)).hasSize(1);
    }

    @Test
    void aClientUserCannotArchiveOrDelete() throws Exception {
        long id = clients.create(TestClients.details("Protected", null, TestClients.tag() + "@example.com")).id();
        UserDetails client = data.client();
        mvc.perform(post("/admin/clients/{id}/delete", id).with(user(client)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(clients.find(id)).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}

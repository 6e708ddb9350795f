package com.printdesk.dev;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.InvoiceSummary;
import com.printdesk.invoices.Invoices;
import com.printdesk.messaging.Author;
import com.printdesk.messaging.Conversations;
import com.printdesk.messaging.RelatedRecord;

/**
 * Conversations for the dev run: the demo client talks to the bureau about an overdue invoice, a material
 * choice (its last message unread by the admin) and finished parts (two replies unread by the client); the
 * bureau has written to two other clients. Runs after {@link DevDocumentsData} (same order, registered
 * later), so the demo client's invoices exist. Messages are dated over the last days, which also keeps
 * the seeding clear of the ten-a-minute limit.
 */
@Component
@Profile("dev")
class DevMessagesData {

    private final Conversations conversations;
    private final Clients clients;
    private final Invoices invoices;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DevMessagesData(Conversations conversations, Clients clients, Invoices invoices, UserDetailsService users,
            JdbcClient jdbc) {
        this.conversations = conversations;
        this.clients = clients;
        this.invoices = invoices;
        this.users = users;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (jdbc.sql("SELECT count(*) FROM conversations").query(Long.class).single() > 0) {
            return;
        }
        List<ClientSummary> all = clients.options();
        ClientSummary demo = find(all, DevAccounts.CLIENT_EMAIL);
        if (demo == null) {
            return;
        }
        Author bureau = Author.of((AccountPrincipal) users.loadUserByUsername(DevAccounts.ADMIN_EMAIL));
        Author client = Author.of((AccountPrincipal) users.loadUserByUsername(DevAccounts.CLIENT_EMAIL));
        overdueInvoice(demo, client, bureau);
        materialQuestion(demo, client, bureau);
        partsReady(demo, bureau);
        ClientSummary priya = find(all, "priya@scrobotics.example");
        if (priya != null) {
            long id = start(bureau, priya.id(), "Bracket run for the rover chassis", null, 5 * 24 * 60,
                    "Hi Priya,\n\nThe PETG test bracket came out well. For the full run of 40 we suggest 40 % infill"
                            + " and 4 walls; that adds about 6 g per part. Shall we go ahead on that basis?");
            write(bureau, id, 5 * 24 * 60 - 3, "Photos of the test piece are attached to the quote.");
        }
        ClientSummary tom = find(all, "tom@whitlock.example");
        if (tom != null) {
            start(bureau, tom.id(), "Colour samples for the 1:200 model", null, 3 * 24 * 60,
                    "Hi Tom,\nwe printed the three grey samples you asked for (light, mid, warm).\nThey are at the front desk.");
        }
    }

    private void overdueInvoice(ClientSummary demo, Author client, Author bureau) {
        InvoiceSummary overdue = invoices.forClient(demo.id(), false).stream().filter(InvoiceSummary::overdue)
                .findFirst().orElse(null);
        RelatedRecord about = overdue == null ? null : RelatedRecord.invoice(overdue.id());
        String reference = overdue == null ? "our last invoice" : overdue.reference();
        long id = start(client, demo.id(), "Payment of " + reference, about, 4 * 24 * 60,
                "Hi team,\n\nApologies, " + reference + " slipped through our accounts system."
                        + " We will pay it by EFT this Friday.\n\nRegards,\nDemo Engineering");
        write(bureau, id, 4 * 24 * 60 - 95, "Thanks for letting us know, Friday is fine. Please quote "
                + reference + " as the reference.");
    }

    private void materialQuestion(ClientSummary demo, Author client, Author bureau) {
        long id = start(client, demo.id(), "PETG or ASA for an outdoor enclosure?", null, 2 * 24 * 60,
                "We need an enclosure for a sensor that lives outside all year (direct sun, up to 45 °C)."
                        + " Would PETG be enough or should we go for ASA?");
        write(bureau, id, 2 * 24 * 60 - 40, "For full sun all year we recommend ASA: it keeps its colour and"
                + " strength under UV, where PETG slowly yellows and turns brittle.\n\nASA costs about 15 % more per gram.");
        write(client, id, 120, "Thanks, ASA it is. Can you quote 6 enclosures, same model as the prototype?");
    }

    private void partsReady(ClientSummary demo, Author bureau) {
        long id = start(bureau, demo.id(), "Your drone arms are ready", null, 26 * 60,
                "Good news: the 4 ASA drone arms are printed and post-processed.");
        write(bureau, id, 25 * 60, "They are packed and ready for pickup from 9 am, or we can courier them today.");
    }

    private long start(Author author, long clientId, String subject, RelatedRecord about, int minutesAgo,
            String body) {
        long id = conversations.start(author, clientId, subject, about, body);
        backdate(id, minutesAgo);
        return id;
    }

    private void write(Author author, long conversationId, int minutesAgo, String body) {
        conversations.post(author, conversationId, body);
        backdate(conversationId, minutesAgo);
    }

    private void backdate(long conversationId, int minutesAgo) {
        Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofMinutes(minutesAgo)));
        jdbc.sql("UPDATE messages SET created_at = ? WHERE id = (SELECT max(id) FROM messages WHERE conversation_id = ?)")
                .params(at, conversationId).update();
        jdbc.sql("UPDATE conversations SET last_message_at = ?, created_at = least(created_at, ?) WHERE id = ?")
                .params(at, at, conversationId).update();
    }

    private static ClientSummary find(List<ClientSummary> clients, String email) {
        return clients.stream().filter(c -> email.equals(c.email())).findFirst().orElse(null);
    }
}

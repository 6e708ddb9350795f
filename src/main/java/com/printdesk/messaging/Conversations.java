package com.printdesk.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.shared.NotFound;

/**
 * The messaging module's API: starting a conversation with a client and writing in one. Both check the
 * message rules and the per-user rate limit, and publish {@link MessagePosted} in the same transaction.
 */
@Service
public class Conversations {

    private final JdbcClient jdbc;
    private final MessageRules rules;
    private final ConversationQueries queries;
    private final ReadMarkers reads;
    private final Clients clients;
    private final Invoices invoices;
    private final PrintJobs jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(JdbcClient jdbc, MessageRules rules, ConversationQueries queries, ReadMarkers reads, Clients clients,
            Invoices invoices, PrintJobs jobs, ApplicationEventPublisher events, Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.rules = rules;
        this.queries = queries;
        this.reads = reads;
        this.clients = clients;
        this.invoices = invoices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a conversation between the client and the bureau with its first message. A client may only
     * start one for themselves; an invoice or job it is about must be one of the client's.
     *
     * @return the new conversation's ID
     */
    @Transactional
    public long start(Author author, long clientId, String subject, RelatedRecord related, String body) {
        if (author.isClient() && author.clientId() != clientId) {
            throw new NotFound("Client");
        }
        String cleanSubject = MessageRules.subject(subject);
        String cleanBody = MessageRules.body(body);
        rules.checkRate(author.userId());
        ClientSummary client = clients.lockForNewReference(clientId);
        RelatedRecord about = checkRelated(clientId, related);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO conversations (client_id, client_name, subject, related_type, related_id, related_label,
                                           created_at, last_message_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(clientId, client.displayName(), cleanSubject, about == null ? null : about.type().name(),
                        about == null ? null : about.id(), about == null ? null : about.label(), Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class).single();
        append(author, queries.find(id, author), cleanBody, true);
        return id;
    }

    /** Writes in a conversation the author may see (another client's is not found). */
    @Transactional
    public long post(Author author, long conversationId, String body) {
        String cleanBody = MessageRules.body(body);
        ConversationView conversation = queries.find(conversationId, author);
        rules.checkRate(author.userId());
        return append(author, conversation, cleanBody, false);
    }

    private long append(Author author, ConversationView conversation, String body, boolean first) {
        // one writer per conversation at a time, so message IDs there commit in order and a read marker
        // (the newest ID seen) can never skip a message that commits later with a smaller ID
        jdbc.sql("SELECT id FROM conversations WHERE id = ? FOR UPDATE").param(conversation.id()).query(Long.class)
                .single();
        Instant now = clock.instant();
        long messageId = jdbc.sql("""
                INSERT INTO messages (conversation_id, author_user_id, author_name, from_client, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(conversation.id(), author.userId(), author.name(), author.isClient(), body, Timestamp.from(now))
                .query(Long.class).single();
        String side = author.isClient() ? "last_client_message_id" : "last_bureau_message_id";
        jdbc.sql("UPDATE conversations SET last_message_at = ?, " + side + " = ? WHERE id = ?")
                .params(Timestamp.from(now), messageId, conversation.id()).update();
        // writing in a conversation means having read it
        reads.markRead(conversation.id(), author.userId());
        events.publishEvent(new MessagePosted(UUID.randomUUID(), author.email(), conversation.id(), messageId,
                conversation.clientId(), author.isClient(), first, summary(author, conversation, first), now));
        return messageId;
    }

    private RelatedRecord checkRelated(long clientId, RelatedRecord related) {
        if (related == null) {
            return null;
        }
        if (related.type() == RelatedRecord.Type.JOB) {
            try {
                JobView job = jobs.viewForClient(related.id(), clientId);
                return related.named("Job #" + job.id() + " " + job.description());
            }
            catch (NotFound ex) {
                throw new InvalidMessage("jobId", "That job is not one of this client's jobs.");
            }
        }
        try {
            InvoiceView invoice = invoices.viewForClient(related.id(), clientId);
            return related.named(invoice.title() + " " + invoice.reference());
        }
        catch (NotFound ex) {
            // the same answer whether the invoice is another client's or does not exist
            throw new InvalidMessage("invoiceId", "That invoice is not one of this client's issued invoices.");
        }
    }

    private static String summary(Author author, ConversationView conversation, boolean first) {
        String what = (first ? "started the conversation “" : "wrote in “") + conversation.subject() + "”";
        if (!author.isClient()) {
            return author.name() + " " + what + " with " + conversation.clientName();
        }
        // the client's name already leads with its contact's ("Demo Client (Demo Engineering)") unless another user wrote
        String who = conversation.clientName().startsWith(author.name()) ? conversation.clientName()
                : author.name() + " (" + conversation.clientName() + ")";
        return who + " " + what;
    }
}

package com.printdesk.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.NotFound;
import com.printdesk.shared.LikePattern;

/** Reads of conversations, always scoped to what the viewer may see (a client: their own only). */
@Component
class ConversationQueries {

    static final int PAGE_SIZE = 25;
    // the viewer's read marker, for unread counts and the unread filter
    private static final String FROM = """
             FROM conversations c
            LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = ?
            """;

    private static final RowMapper<ConversationView> CONVERSATION = (rs, row) -> new ConversationView(
            rs.getLong("id"), rs.getLong("client_id"), rs.getString("client_name"), rs.getString("subject"),
            RelatedRecord.of(rs.getString("related_type"), rs.getObject("related_id", Long.class),
                    rs.getString("related_label")),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_message_at").toInstant());
    private static final RowMapper<MessageView> MESSAGE = (rs, row) -> new MessageView(rs.getLong("id"),
            rs.getString("author_name"), rs.getBoolean("from_client"), rs.getString("body"),
            rs.getTimestamp("created_at").toInstant());
    private static final RowMapper<ConversationSummary> SUMMARY = (rs, row) -> new ConversationSummary(
            rs.getLong("id"), rs.getLong("client_id"), rs.getString("client_name"), rs.getString("subject"),
            RelatedRecord.of(rs.getString("related_type"), rs.getObject("related_id", Long.class),
                    rs.getString("related_label")),
            rs.getTimestamp("last_message_at").toInstant(), rs.getString("preview"), rs.getBoolean("last_from_client"),
            rs.getLong("unread"));

    private final JdbcClient jdbc;

    ConversationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversation if the viewer may see it; another client's is not found, like a missing one. */
    @Transactional(readOnly = true)
    ConversationView find(long id, Author viewer) {
        return jdbc.sql("SELECT * FROM conversations WHERE id = ? AND (? OR client_id = ?)")
                .params(id, !viewer.isClient(), viewer.isClient() ? viewer.clientId() : 0L).query(CONVERSATION)
                .optional().orElseThrow(() -> new NotFound("Conversation"));
    }

    /** The newest {@code limit} messages, oldest first (the order people read them in). */
    @Transactional(readOnly = true)
    List<MessageView> latestMessages(long conversationId, int limit) {
        List<MessageView> newestFirst = jdbc.sql("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?")
                .params(conversationId, limit).query(MESSAGE).list();
        List<MessageView> messages = new ArrayList<>(newestFirst);
        Collections.reverse(messages);
        return messages;
    }

    @Transactional(readOnly = true)
    long messageCount(long conversationId) {
        return jdbc.sql("SELECT count(*) FROM messages WHERE conversation_id = ?").param(conversationId)
                .query(Long.class).single();
    }

    /**
     * A page of the viewer's inbox, latest message first, each row with its unread count for the viewer:
     * one count (when there is more than one page's worth) and one page query.
     */
    @Transactional(readOnly = true)
    Page<ConversationSummary> inbox(InboxFilter filter, int page) {
        List<Object> params = new ArrayList<>();
        params.add(filter.viewer().userId());
        String where = filter.where(params);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        int number = (int) Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
        List<Object> rowParams = new ArrayList<>();
        rowParams.add(!filter.viewer().isClient()); // unread counts the other side's messages
        rowParams.addAll(params);
        rowParams.add(PAGE_SIZE);
        rowParams.add((long) number * PAGE_SIZE);
        List<ConversationSummary> rows = jdbc.sql("""
                SELECT c.*, last.preview, last.from_client AS last_from_client,
                       (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.from_client = ?
                          AND m.id > coalesce(r.last_read_message_id, 0)) AS unread
                """ + FROM + """
                LEFT JOIN LATERAL (SELECT left(m.body, 140) AS preview, m.from_client FROM messages m
                                   WHERE m.id = greatest(c.last_client_message_id, c.last_bureau_message_id)) last ON true
                """ + where + " ORDER BY c.last_message_at DESC, c.id DESC LIMIT ? OFFSET ?")
                .params(rowParams).query(SUMMARY).list();
        return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total);
    }

    /**
     * What an inbox shows: a client only their own; {@code search} matches the client's name or the
     * subject; {@code unreadOnly} keeps conversations with messages from the other side the viewer has not read.
     */
    record InboxFilter(Author viewer, String search, boolean unreadOnly) {

        String where(List<Object> params) {
            List<String> clauses = new ArrayList<>();
            if (viewer.isClient()) {
                clauses.add("c.client_id = ?");
                params.add(viewer.clientId());
            }
            if (search != null && !search.isBlank()) {
                clauses.add("(c.client_name ILIKE ? ESCAPE '\\' OR c.subject ILIKE ? ESCAPE '\\')");
                String like = LikePattern.containing(search);
                params.add(like);
                params.add(like);
            }
            if (unreadOnly) {
                clauses.add((viewer.isClient() ? "c.last_bureau_message_id" : "c.last_client_message_id")
                        + " > coalesce(r.last_read_message_id, 0)");
            }
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }
    }
}

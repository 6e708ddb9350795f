package com.printdesk.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each user has read, and what is left unread. Unread means "written by the other side after the
 * newest message this user has seen": a client user counts the bureau's messages in their client's
 * conversations, an admin counts clients' messages in every conversation. Per user, so one admin reading
 * a conversation does not clear it for the others.
 */
@Component
class ReadMarkers {

    // the conversations' last_*_message_id columns let both counts skip every conversation read to the end
    private static final String UNREAD_FOR_ADMIN = """
            SELECT count(*) FROM conversations c
            LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = :user
            JOIN messages m ON m.conversation_id = c.id AND m.from_client
                           AND m.id > coalesce(r.last_read_message_id, 0)
            WHERE c.last_client_message_id > coalesce(r.last_read_message_id, 0)
            """;
    private static final String UNREAD_FOR_CLIENT = """
            SELECT count(*) FROM conversations c
            LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = :user
            JOIN messages m ON m.conversation_id = c.id AND NOT m.from_client
                           AND m.id > coalesce(r.last_read_message_id, 0)
            WHERE c.client_id = :client AND c.last_bureau_message_id > coalesce(r.last_read_message_id, 0)
            """;

    private final JdbcClient jdbc;

    ReadMarkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Messages the viewer has not read, in one query (shown in the navigation on every page). */
    @Transactional(readOnly = true)
    long unread(Author viewer) {
        if (viewer.isClient()) {
            return jdbc.sql(UNREAD_FOR_CLIENT).param("user", viewer.userId()).param("client", viewer.clientId())
                    .query(Long.class).single();
        }
        return jdbc.sql(UNREAD_FOR_ADMIN).param("user", viewer.userId()).query(Long.class).single();
    }

    /** Marks everything in the conversation up to its newest message as read by the user; never moves back. */
    @Transactional
    void markRead(long conversationId, long userId) {
        jdbc.sql("""
                INSERT INTO conversation_reads (conversation_id, user_id, last_read_message_id)
                SELECT id, :user, greatest(last_client_message_id, last_bureau_message_id)
                FROM conversations WHERE id = :conversation
                  AND greatest(last_client_message_id, last_bureau_message_id) IS NOT NULL
                ON CONFLICT (conversation_id, user_id) DO UPDATE
                SET last_read_message_id = greatest(conversation_reads.last_read_message_id,
                                                    excluded.last_read_message_id)
                """).param("user", userId).param("conversation", conversationId).update();
    }

    /** The admin's "Mark all as read" (a new admin would otherwise start with the whole history unread). */
    @Transactional
    void markAllRead(long userId) {
        jdbc.sql("""
                INSERT INTO conversation_reads (conversation_id, user_id, last_read_message_id)
                SELECT id, :user, greatest(last_client_message_id, last_bureau_message_id)
                FROM conversations WHERE greatest(last_client_message_id, last_bureau_message_id) IS NOT NULL
                ON CONFLICT (conversation_id, user_id) DO UPDATE
                SET last_read_message_id = greatest(conversation_reads.last_read_message_id,
                                                    excluded.last_read_message_id)
                """).param("user", userId).update();
    }
}

package com.printdesk.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientReferences;

/** A client with conversations is archived, never deleted (the messages would point at nothing). */
@Component
class MessagingReferClients implements ClientReferences {

    private final JdbcClient jdbc;

    MessagingReferClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isReferenced(long clientId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM conversations WHERE client_id = ?)").param(clientId)
                .query(Boolean.class).single();
    }
}

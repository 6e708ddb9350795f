package com.printdesk.clients;

import java.util.UUID;

/**
 * Shared set-up for the client tests: every test tags its clients, so tests sharing the database never
 * see each other's.
 */
final class TestClients {

    private TestClients() {
    }

    /** A unique word to put in names, companies or emails and to search for. */
    static String tag() {
        return "tag" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static ClientDetails details(String name, String company, String email) {
        return new ClientDetails(name, company, email, null, null, null, null, null);
    }
}

package com.printdesk.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation has no administrator: create one from {@code PRINTDESK_ADMIN_EMAIL} and
 * {@code PRINTDESK_ADMIN_PASSWORD}, or refuse to start with a message naming them. An advisory lock
 * keeps two instances starting at once from both creating it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final long LOCK_KEY = 0x5052494e54L; // "PRINT"

    private final Accounts accounts;
    private final AccountsProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FirstAdministrator(Accounts accounts, AccountsProperties properties, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
            if (accounts.anyAdmin()) {
                return;
            }
            if (isBlank(properties.email()) || isBlank(properties.password())) {
                throw new IllegalStateException("PrintDesk has no administrator yet: set PRINTDESK_ADMIN_EMAIL and "
                        + "PRINTDESK_ADMIN_PASSWORD to create the first one");
            }
            if (!accounts.ensureAdmin(properties.email(), "Administrator", properties.password())) {
                throw new IllegalStateException("PRINTDESK_ADMIN_EMAIL " + properties.email()
                        + " already signs in as a client; choose another email for the first administrator");
            }
            log.info("Created the first administrator {}", properties.email());
        });
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

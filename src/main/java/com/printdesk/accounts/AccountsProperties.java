package com.printdesk.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code printdesk.admin.*}: the first administrator, created from {@code PRINTDESK_ADMIN_EMAIL} and
 * {@code PRINTDESK_ADMIN_PASSWORD} when no administrator exists yet.
 */
@ConfigurationProperties("printdesk.admin")
record AccountsProperties(String email, String password) {
}

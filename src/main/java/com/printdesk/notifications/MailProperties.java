package com.printdesk.notifications;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Outgoing mail ({@code printdesk.mail.*}, set from {@code MAIL_*}). Everything is optional: without a
 * host PrintDesk still writes every email to the outbox, where it waits (QUEUED) until SMTP is set up.
 *
 * @param host SMTP server ({@code MAIL_HOST}); blank keeps mail queued
 * @param port SMTP port ({@code MAIL_PORT})
 * @param username SMTP login ({@code MAIL_USERNAME}), when the server needs one
 * @param password SMTP password ({@code MAIL_PASSWORD})
 * @param from sender address ({@code MAIL_FROM}), e.g. {@code PrintDesk <printdesk@example.com>}
 * @param sendInterval how often the outbox is looked at for due mail
 * @param maxAttempts attempts before a mail is FAILED (backoff doubles from {@code firstRetry})
 * @param firstRetry wait after the first failed attempt
 * @param reminderDays days after the due date on which an overdue reminder goes out
 */
@Validated
@ConfigurationProperties("printdesk.mail")
public record MailProperties(
        String host,
        @DefaultValue("587") @Min(1) @Max(65535) int port,
        String username,
        String password,
        @DefaultValue("PrintDesk <printdesk@localhost>") @NotNull String from,
        @DefaultValue("10s") @NotNull Duration sendInterval,
        @DefaultValue("5") @Min(1) @Max(20) int maxAttempts,
        @DefaultValue("1m") @NotNull Duration firstRetry,
        @DefaultValue({"3", "7", "14"}) @NotEmpty List<@Min(1) Integer> reminderDays) {

    /** Mail leaves the outbox only once there is an SMTP host. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** Wait before attempt {@code attempts + 1}: firstRetry × 2^(attempts − 1). */
    Duration backoffAfter(int attempts) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    }
}

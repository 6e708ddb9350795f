package com.printdesk.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long checkout attempts live ({@code printdesk.ordering.attempts.*}).
 *
 * @param lifetime how long an unpaid attempt may be paid: its Checkout session lives as long (Stripe: at most 24 h)
 * @param retention how long an attempt and its files are kept; at least 4 days, because Stripe retries a
 *        webhook for 3 days and a paid attempt is fulfilled whenever its payment arrives
 * @param fulfilRetryDelay first wait before a failed fulfilment (invoice, files) is tried again, then doubling
 */
@ConfigurationProperties("printdesk.ordering.attempts")
record CheckoutAttemptProperties(@DefaultValue("24h") Duration lifetime, @DefaultValue("4d") Duration retention,
        @DefaultValue("30s") Duration fulfilRetryDelay) {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(4);

    CheckoutAttemptProperties {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("printdesk.ordering.attempts.lifetime must be more than 0 and at most 24h");
        }
        if (retention.compareTo(MINIMUM_RETENTION) < 0 || retention.compareTo(lifetime) < 0) {
            throw new IllegalArgumentException("printdesk.ordering.attempts.retention must be at least 4 days");
        }
    }
}

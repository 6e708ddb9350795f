package com.printdesk.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class StripeHealthIndicatorTests {

    @Test
    void withoutKeysStripeIsUpAndNotConfigured() {
        Health health = new StripeHealthIndicator(new StripeProperties("", null, null, null, "aud", null)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("configured", false);
    }

    @Test
    void withAKeyStripeIsConfigured() {
        Health health = new StripeHealthIndicator(new StripeProperties("sk_test_x", "whsec_x", null, null, "aud", null))
                .health();

        assertThat(health.getDetails()).containsEntry("configured", true).containsEntry("webhookConfigured", true);
    }
}

package com.printdesk.payments;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "stripe". Always UP: Stripe being unconfigured is a choice, not a
 * fault, and Stripe is never called from here (an outage at Stripe must not take instances out of the
 * load balancer).
 */
@Component
class StripeHealthIndicator extends AbstractHealthIndicator {

    private final StripeProperties properties;

    StripeHealthIndicator(StripeProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up()
                .withDetail("configured", properties.enabled())
                .withDetail("webhookConfigured", properties.webhookEnabled());
    }
}

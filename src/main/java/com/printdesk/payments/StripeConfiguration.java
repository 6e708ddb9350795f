package com.printdesk.payments;

import com.stripe.StripeClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Stripe client, only when a secret key is set; without it there is no bean and online payment is off. */
@Configuration(proxyBeanMethods = false)
class StripeConfiguration {

    @Bean
    @Conditional(SecretKeyPresent.class)
    StripeClient stripeClient(StripeProperties properties) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(properties.secretKey());
        if (StripeProperties.hasText(properties.apiBase())) {
            builder.setApiBase(properties.apiBase());
        }
        return builder.build();
    }

    /** {@code @ConditionalOnProperty} would accept the empty value {@code ${STRIPE_SECRET_KEY:}} gives. */
    static class SecretKeyPresent implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StripeProperties.hasText(context.getEnvironment().getProperty("printdesk.stripe.secret-key"));
        }
    }
}

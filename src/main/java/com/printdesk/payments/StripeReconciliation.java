package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A missed webhook must not leave money unrecorded: every ten minutes (once per cluster) the sessions
 * still open here after {@link #GRACE} are asked about at Stripe; a paid one goes through the same
 * path as its webhook would have, an expired one is closed.
 */
@Configuration(proxyBeanMethods = false)
class StripeReconciliation {

    static final String TASK_NAME = "reconcile-stripe-checkout-sessions";
    static final Duration GRACE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(StripeReconciliation.class);

    @Bean
    RecurringTask<Void> reconcileStripeCheckoutSessions(Reconciler reconciler) {
        return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(10)).execute((instance, context) -> reconciler.run());
    }

    @Bean
    Reconciler reconciler(JdbcClient jdbc, ObjectProvider<StripeClient> stripe, StripeWebhookHandler handler,
            CheckoutSessionRows rows, TransactionTemplate transactions, Clock clock) {
        return new Reconciler(jdbc, stripe, handler, rows, transactions, clock);
    }

    static final class Reconciler {

        private final JdbcClient jdbc;
        private final ObjectProvider<StripeClient> stripe;
        private final StripeWebhookHandler handler;
        private final CheckoutSessionRows rows;
        private final TransactionTemplate transactions;
        private final Clock clock;

        Reconciler(JdbcClient jdbc, ObjectProvider<StripeClient> stripe, StripeWebhookHandler handler,
                CheckoutSessionRows rows, TransactionTemplate transactions, Clock clock) {
            this.jdbc = jdbc;
            this.stripe = stripe;
            this.handler = handler;
            this.rows = rows;
            this.transactions = transactions;
            this.clock = clock;
        }

        /** Reconciles the open sessions older than the grace period; returns how many Stripe reported paid. */
        int run() {
            StripeClient client = stripe.getIfAvailable();
            if (client == null) {
                return 0;
            }
            List<String> open = jdbc.sql("""
                    SELECT stripe_session_id FROM checkout_sessions
                    WHERE status = 'OPEN' AND stripe_session_id IS NOT NULL AND created_at < ?
                    ORDER BY created_at LIMIT 100
                    """).param(Timestamp.from(clock.instant().minus(GRACE))).query(String.class).list();
            int paid = 0;
            for (String sessionId : open) {
                try {
                    Session session = client.v1().checkout().sessions().retrieve(sessionId);
                    paid += reconcile(session) ? 1 : 0;
                }
                catch (StripeException ex) {
                    log.warn("Could not reconcile Checkout session {}: {}", sessionId, ex.getMessage());
                }
            }
            return paid;
        }

        private boolean reconcile(Session session) {
            if ("complete".equals(session.getStatus()) && "paid".equals(session.getPaymentStatus())) {
                log.warn("Checkout session {} was paid but its webhook never arrived; recording it now", session.getId());
                transactions.executeWithoutResult(status -> handler.recordPaidSession(session,
                        handler.businessDate(clock.instant()), "reconciliation"));
                return true;
            }
            if ("expired".equals(session.getStatus())) {
                transactions.executeWithoutResult(status -> rows.markExpired(session.getId()));
            }
            return false;
        }
    }
}

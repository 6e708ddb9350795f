package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/**
 * The database fails half-way through a webhook: Stripe gets a 500, nothing of the event is kept
 * (not even its claim), and Stripe's retry of the same event is then handled exactly once. The failure
 * is a trigger on {@code payments} that fires only for this test's PaymentIntent, after the event was
 * claimed and the session marked complete, so everything before it must roll back.
 */
@IntegrationTest
class StripeWebhookRetryIntegrationTests extends StripeInvoiceTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDatabaseFailureMidWebhookAnswers500KeepsNothingAndTheRetrySucceedsOnce() throws Exception {
        long id = issued();
        CheckoutSession session = checkout.start(id, null);
        String intent = StripeFixtures.unique("pi_");
        String payload = completed(id, session, intent);
        String eventId = payload.replaceAll("(?s)^.*?\"id\": \"(evt_\\w+)\".*$", "$1");
        String trigger = "fail_" + intent.toLowerCase();

        jdbc.sql("CREATE OR REPLACE FUNCTION test_simulated_database_failure() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'simulated database failure'; END $$").update();
        jdbc.sql("CREATE TRIGGER " + trigger + " AFTER INSERT ON payments FOR EACH ROW WHEN (NEW.processor_id = '"
                + intent + "') EXECUTE FUNCTION test_simulated_database_failure()").update();
        try {
            deliver(payload, status().isInternalServerError());
        }
        finally {
            jdbc.sql("DROP TRIGGER " + trigger + " ON payments").update();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM stripe_events WHERE event_id = ?").param(eventId).query(Long.class)
                .single()).as("the event is not claimed, so its retry is handled").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE processor_id = ?").param(intent).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM checkout_sessions WHERE stripe_session_id = ?").param(session.sessionId())
                .query(String.class).single()).as("marking the session complete was rolled back").isEqualTo("OPEN");
        Thread.sleep(300);
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);

        deliver(payload, status().isOk());
        deliver(payload, status().isOk());

        awaitStatus(id, InvoiceStatus.PAID);
        assertThat(payments.forInvoice(id)).extracting(PaymentView::processorId).containsExactly(intent);
        assertThat(invoices.view(id).amountPaid()).isEqualTo(Money.parse("110.00"));
        assertThat(jdbc.sql("SELECT count(*) FROM stripe_events WHERE event_id = ?").param(eventId).query(Long.class)
                .single()).isEqualTo(1);
    }
}

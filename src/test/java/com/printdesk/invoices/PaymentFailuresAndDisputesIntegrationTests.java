package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.activity.ActivityLog;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.Payable;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.support.IntegrationTest;

/** Failed payment attempts and disputes are kept and listed on the admin Payments page, each on its own tab. */
@IntegrationTest
class PaymentFailuresAndDisputesIntegrationTests extends StripeInvoiceTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityLog activity;

    @Test
    void aDeclinedCardIsListedUnderFailedPaymentsOnceAndLoggedOnTheInvoice() throws Exception {
        long id = issued();
        String intent = StripeFixtures.unique("pi_");
        String payload = StripeFixtures.event("event.payment_intent.payment_failed.json").withNewId()
                .withPaymentIntent(intent).withPayable(Payable.invoice(id)).json();

        deliver(payload);
        deliver(payload);

        assertThat(jdbc.sql("SELECT count(*) FROM payment_failures WHERE stripe_object_id = ?").param(intent)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/payments").param("tab", "failures").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(intent)))
                .andExpect(content().string(containsString("Your card was declined.")))
                .andExpect(content().string(containsString("href=\"/admin/invoices/" + id + "\"")))
                .andExpect(content().string(containsString("$150.00")));
        awaitTrue(() -> activity.about("invoice", id).stream().anyMatch(entry -> entry.action().equals("payment failed")));
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(payments.forInvoice(id)).isEmpty();
    }

    @Test
    void aDisputeIsListedWithItsStatusUntilItCloses() throws Exception {
        long id = issued();
        CheckoutSession session = checkout.start(id, null);
        String intent = StripeFixtures.unique("pi_");
        deliver(StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(Payable.invoice(id))
                .withAmount(session.amount().cents()).json());
        String disputeId = StripeFixtures.unique("dp_");
        String dispute = StripeFixtures.read("dispute.json")
                .replaceAll("\"id\": \"dp_\\w+\"", "\"id\": \"" + disputeId + "\"")
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + intent + "\"");

        deliver(StripeFixtures.event("event.charge.dispute.created.json").withNewId().withDataObject(dispute).json());
        mvc.perform(get("/admin/payments").param("tab", "disputes").with(user(admin())))
                .andExpect(content().string(containsString(disputeId)))
                .andExpect(content().string(containsString("OPEN: needs_response")))
                .andExpect(content().string(containsString("fraudulent")))
                .andExpect(content().string(containsString("href=\"/admin/invoices/" + id + "\"")));

        String won = dispute.replace("\"status\": \"needs_response\"", "\"status\": \"won\"");
        deliver(StripeFixtures.event("event.charge.dispute.created.json").withNewId().withDataObject(won).json()
                .replace("\"charge.dispute.created\"", "\"charge.dispute.closed\""));
        // a late redelivery of the opening event does not reopen it
        deliver(StripeFixtures.event("event.charge.dispute.created.json").withNewId().withDataObject(dispute).json());

        assertThat(jdbc.sql("SELECT status FROM disputes WHERE stripe_dispute_id = ?").param(disputeId)
                .query(String.class).list()).containsExactly("won");
        mvc.perform(get("/admin/payments").param("tab", "disputes").with(user(admin())))
                .andExpect(content().string(containsString(">won<")));
    }

    @Test
    void everyTabAnswersForAnAdminAndNotForAClient() throws Exception {
        for (String tab : new String[] {"payments", "failures", "disputes", "nonsense"}) {
            mvc.perform(get("/admin/payments").param("tab", tab).with(user(admin()))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("class=\"button primary\" id=\"tab-"
                            + (tab.equals("nonsense") ? "payments" : tab) + "\"")));
        }
        mvc.perform(get("/admin/payments").param("tab", "failures").with(user(data.client())))
                .andExpect(status().isForbidden());
    }

    private com.printdesk.accounts.AccountPrincipal admin() {
        return data.adminPrincipal();
    }
}

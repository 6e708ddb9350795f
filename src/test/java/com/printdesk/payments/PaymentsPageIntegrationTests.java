package com.printdesk.payments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class PaymentsPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    Payments payments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    @Test
    void anAdminRecordsAPaymentFromTheInvoicePageAndSeesItListed() throws Exception {
        var admin = data.adminPrincipal();
        long id = issuedInvoice();
        String reference = "EFT-" + id;

        mvc.perform(post("/admin/invoices/" + id + "/payments").with(user(admin)).with(csrf())
                        .param("method", "BANK_TRANSFER").param("amount", "5.00")
                        .param("paidOn", LocalDate.now().toString()).param("reference", reference))
                .andExpect(flash().attribute("notice", "Payment of $5.00 recorded."));
        mvc.perform(post("/admin/invoices/" + id + "/payments").with(user(admin)).with(csrf())
                        .param("method", "CASH").param("amount", "99.00").param("paidOn", LocalDate.now().toString()))
                .andExpect(flash().attribute("problem", containsString("more than the balance")));

        mvc.perform(post("/admin/invoices/" + id + "/payments/" + lastPaymentOf(id) + "/refund").with(user(admin))
                        .with(csrf()).param("amount", "2.00").param("reason", "Scratched part"))
                .andExpect(flash().attribute("notice", containsString("adjustment note")));
        mvc.perform(get("/admin/payments").param("q", reference).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Scratched part")));
        mvc.perform(get("/admin/invoices/" + id).with(user(admin)))
                .andExpect(content().string(containsString("PARTIALLY_PAID")));
    }

    @Test
    void flaggedStripeMoneyShowsUnderNeedsReview() throws Exception {
        var admin = data.adminPrincipal();
        long id = issuedInvoice();
        long other = issuedInvoice();
        String ordinary = "pi_plain_" + other;
        transactions.executeWithoutResult(status -> payments.recordFromProcessor(Payable.invoice(id), "pi_flag_" + id,
                Money.parse("50.00"), LocalDate.now(), "More than the balance"));
        transactions.executeWithoutResult(status -> payments.recordFromProcessor(Payable.invoice(other), ordinary,
                Money.parse("11.00"), LocalDate.now(), null));

        mvc.perform(get("/admin/payments").param("flagged", "true").with(user(admin)))
                .andExpect(content().string(containsString("pi_flag_" + id)))
                .andExpect(content().string(not(containsString(ordinary))));
    }

    @Test
    void theListNarrowsByMethodDateAndTextAndPagesThroughTheRest() throws Exception {
        var admin = data.adminPrincipal();
        long id = issuedInvoice(1000);
        String run = "RUN-" + id;
        LocalDate day = LocalDate.of(2051, 3, 14); // a day no other test pays on
        for (int i = 0; i < 27; i++) {
            record(id, PaymentMethod.BANK_TRANSFER, day, run + "-bank-" + i);
        }
        record(id, PaymentMethod.CASH, day, run + "-cash");
        record(id, PaymentMethod.CASH, day.plusDays(1), run + "-cash-next-day");

        mvc.perform(get("/admin/payments").param("q", run).param("method", "CASH").with(user(admin)))
                .andExpect(content().string(containsString(run + "-cash<")))
                .andExpect(content().string(containsString(run + "-cash-next-day")))
                .andExpect(content().string(not(containsString(run + "-bank-"))));
        mvc.perform(get("/admin/payments").param("q", run).param("method", "CASH").param("from", day.toString())
                        .param("to", day.toString()).with(user(admin)))
                .andExpect(content().string(containsString(run + "-cash<")))
                .andExpect(content().string(not(containsString(run + "-cash-next-day"))));
        mvc.perform(get("/admin/payments").param("q", run).param("method", "BANK_TRANSFER").with(user(admin)))
                .andExpect(content().string(containsString("Page 1 of 2 (27 payments)")));
        mvc.perform(get("/admin/payments").param("q", run).param("method", "BANK_TRANSFER").param("page", "1")
                        .with(user(admin)))
                .andExpect(content().string(containsString("Page 2 of 2 (27 payments)")));
    }

    @Test
    void anUnreadableFilterIsSaidAndLeftOutRatherThanFailingThePage() throws Exception {
        mvc.perform(get("/admin/payments").param("from", "14/03/2051").param("method", "CHEQUE")
                        .with(user(data.adminPrincipal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a date (use YYYY-MM-DD)")))
                .andExpect(content().string(containsString("There is no payment method")));
    }

    @Test
    void clientsCannotSeePayments() throws Exception {
        mvc.perform(get("/admin/payments").with(user(data.client()))).andExpect(status().isForbidden());
    }

    private long lastPaymentOf(long invoiceId) {
        var list = payments.forPayable(Payable.invoice(invoiceId));
        return list.get(list.size() - 1).id();
    }

    private void record(long invoiceId, PaymentMethod method, LocalDate paidOn, String reference) {
        transactions.executeWithoutResult(status -> payments.recordManual(Payable.invoice(invoiceId),
                new ManualPayment(method, Money.parse("1.00"), paidOn, reference, null)));
    }

    private long issuedInvoice() {
        return issuedInvoice(10);
    }

    private long issuedInvoice(int price) {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(),
                TestData.details("Ada", "Part", "1", Integer.toString(price))));
        invoices.issue(id);
        return id;
    }
}

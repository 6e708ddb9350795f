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
        mvc.perform(get("/admin/payments").with(user(admin))).andExpect(status().isOk())
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
    void clientsCannotSeePayments() throws Exception {
        mvc.perform(get("/admin/payments").with(user(data.client()))).andExpect(status().isForbidden());
    }

    private long lastPaymentOf(long invoiceId) {
        var list = payments.forPayable(Payable.invoice(invoiceId));
        return list.get(list.size() - 1).id();
    }

    private long issuedInvoice() {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(), TestData.details("Ada", "Part", "1", "10")));
        invoices.issue(id);
        return id;
    }
}

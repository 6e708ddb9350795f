package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.activity.ActivityLog;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.quotes.QuoteStatus;
import com.printdesk.quotes.QuoteView;
import com.printdesk.quotes.Quotes;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class DocumentMailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    Quotes quotes;

    @Autowired
    ActivityLog activity;

    @Autowired
    TestData data;

    @Test
    void anInvoiceGoesToTheClientWithItsPdfAPayLinkAndTheAdminsWords() throws Exception {
        AccountPrincipal client = data.client();
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Bracket", "2", "50.00")));
        InvoiceView invoice = invoices.issue(id);

        mvc.perform(get("/admin/invoices/" + id + "/email").with(user(data.adminPrincipal())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(client.email())));
        mvc.perform(post("/admin/invoices/" + id + "/email").with(user(data.adminPrincipal())).with(csrf())
                        .param("subject", "Invoice " + invoice.number() + " for your brackets")
                        .param("message", "Thanks Ada <b>& co</b>!\nSee you soon.")
                        .param("sendId", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/admin/invoices/" + id));

        CapturedMail mail = CapturedMail.awaitOne(client.email());
        assertThat(mail.subject()).isEqualTo("Invoice " + invoice.number() + " for your brackets");
        assertThat(mail.text()).contains("Thanks Ada <b>& co</b>!", "$110.00", "Pay online: http://",
                "/portal/invoices/" + id);
        assertThat(mail.html()).contains("Thanks Ada &lt;b&gt;&amp; co&lt;/b&gt;!").doesNotContain("<b>& co</b>")
                .contains("Pay online", "/portal/invoices/" + id);
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("Tax-invoice-" + invoice.number() + ".pdf");
            assertThat(pdf.pdfText()).contains(invoice.number(), "Bracket");
        });
        assertThat(activity.about("invoice", id)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("emailed");
            assertThat(entry.summary()).contains(client.email());
        });
    }

    @Test
    void emailingADraftQuoteMarksItSentAndAttachesTheNumberedPdf() throws Exception {
        AccountPrincipal client = data.client();
        long id = quotes.createDraft(client.clientId(), TestData.details("Bo", "Gear", "1", "30.00"), null);

        mvc.perform(post("/admin/quotes/" + id + "/email").with(user(data.adminPrincipal())).with(csrf())
                        .param("subject", "Your quote").param("message", "Here it is.")
                        .param("sendId", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/admin/quotes/" + id));

        QuoteView quote = quotes.view(id);
        assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(quote.number()).startsWith("QT-");
        CapturedMail mail = CapturedMail.awaitOne(client.email());
        assertThat(mail.subject()).isEqualTo("Your quote");
        assertThat(mail.text()).contains("Here it is.", "Quote " + quote.number(), "/portal/quotes/" + id)
                .doesNotContain("Pay online");
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("Quote-" + quote.number() + ".pdf");
            assertThat(pdf.pdfText()).contains(quote.number(), "Gear");
        });
        assertThat(activity.about("quote", id)).extracting(e -> e.action()).contains("sent", "emailed");
    }

    @Test
    void aFormSubmittedTwiceSendsOneEmail() throws Exception {
        AccountPrincipal client = data.client();
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Cy", "Clip", "1", "5.00")));
        invoices.issue(id);
        String sendId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/invoices/" + id + "/email").with(user(data.adminPrincipal())).with(csrf())
                    .param("subject", "Invoice").param("message", "").param("sendId", sendId))
                    .andExpect(redirectedUrl("/admin/invoices/" + id));
        }
        CapturedMail.awaitOne(client.email());
    }

    @Test
    void aDraftInvoiceCannotBeEmailed() throws Exception {
        AccountPrincipal client = data.client();
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Di", "Clip", "1", "5.00")));
        mvc.perform(get("/admin/invoices/" + id + "/email").with(user(data.adminPrincipal())))
                .andExpect(redirectedUrl("/admin/invoices/" + id));
        mvc.perform(post("/admin/invoices/" + id + "/email").with(user(data.adminPrincipal())).with(csrf())
                        .param("subject", "Invoice").param("sendId", "x"))
                .andExpect(redirectedUrl("/admin/invoices/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "Issue the invoice before emailing it."));
        mvc.perform(get("/admin/invoices/" + id + "/email").with(user(client)))
                .andExpect(status().isForbidden());
        CapturedMail.assertNone(client.email());
    }

}

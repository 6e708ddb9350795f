package com.printdesk.quotes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The portal shows a client their own documents and nothing else: anything else is a 404. */
@IntegrationTest
class PortalDocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Quotes quotes;

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;

    @Test
    void anotherClientsQuoteOrInvoiceIsNotFound() throws Exception {
        AccountPrincipal owner = data.client();
        AccountPrincipal stranger = data.client();
        long quote = quotes.createDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10.00"), null);
        quotes.markSent(quote);
        long invoice = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10")));
        invoices.issue(invoice);

        for (String path : new String[] {"/portal/quotes/" + quote, "/portal/quotes/" + quote + "/pdf",
                "/portal/invoices/" + invoice, "/portal/invoices/" + invoice + "/pdf", "/portal/invoices/999999999"}) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/portal/quotes/" + quote + "/accept").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/portal/quotes/" + quote).with(user(owner))).andExpect(status().isOk());
        mvc.perform(get("/portal/invoices").with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString(invoices.view(invoice).number())));
        mvc.perform(get("/portal/invoices/" + invoice + "/pdf").with(user(owner)))
                .andExpect(redirectedUrlPattern("http://127.0.0.1:*/pdfs/invoice/" + invoice + "/*.pdf?*"));
    }

    @Test
    void aDraftIsNotShownToTheClient() throws Exception {
        AccountPrincipal owner = data.client();
        long invoice = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "1")));
        mvc.perform(get("/portal/invoices/" + invoice).with(user(owner))).andExpect(status().isNotFound());
    }

    @Test
    void theClientAcceptsAQuoteInThePortal() throws Exception {
        AccountPrincipal owner = data.client();
        long quote = quotes.createDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10.00"), null);
        quotes.markSent(quote);
        mvc.perform(post("/portal/quotes/" + quote + "/accept").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/portal/quotes/" + quote));
        org.assertj.core.api.Assertions.assertThat(quotes.view(quote).status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void adminPagesRenderForEveryDocumentState() throws Exception {
        AccountPrincipal owner = data.client();
        var admin = data.adminPrincipal();
        long quote = quotes.createDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10.00"), null);
        mvc.perform(get("/admin/quotes/" + quote).with(user(admin))).andExpect(status().isOk());
        quotes.markSent(quote);
        long invoice = quotes.convertToInvoice(quote);
        mvc.perform(get("/admin/quotes").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/invoices/" + invoice).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft")));
        mvc.perform(post("/admin/invoices/" + invoice + "/issue").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/invoices/" + invoice));
        mvc.perform(get("/admin/invoices").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(invoices.view(invoice).number())));
        mvc.perform(get("/admin/invoices/" + invoice + "/preview.pdf").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/admin/quotes/new").with(user(admin))).andExpect(content().string(containsString("New quote")));
        mvc.perform(get("/admin/invoices/new").with(user(admin))).andExpect(content().string(containsString("New invoice")));
        mvc.perform(get("/admin/invoices/new").param("clientId", String.valueOf(owner.clientId())).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(startsWith("<!DOCTYPE html>")));
    }
}

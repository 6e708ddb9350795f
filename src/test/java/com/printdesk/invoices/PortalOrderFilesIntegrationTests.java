package com.printdesk.invoices;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The order's files in the portal: what the bureau shared on the invoice, to that invoice's client only. */
@IntegrationTest
class PortalOrderFilesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceAttachments attachments;

    @Autowired
    TestData data;

    @Test
    void theClientSeesAndDownloadsOnlyTheFilesSharedWithThem() throws Exception {
        AccountPrincipal client = data.client();
        long id = issuedInvoice(client);
        mvc.perform(multipart("/admin/invoices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "bracket.pdf", "application/pdf", InvoiceFilesIntegrationTests.PDF))
                        .param("shared", "true").with(user(data.adminPrincipal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        attachments.attach(id, new MockMultipartFile("file", "internal-cost-sheet.pdf", "application/pdf",
                InvoiceFilesIntegrationTests.PDF));
        long shared = idOf(id, "bracket.pdf");
        long internal = idOf(id, "internal-cost-sheet.pdf");

        mvc.perform(get("/portal/invoices/" + id).with(user(client)))
                .andExpect(content().string(containsString("bracket.pdf")))
                .andExpect(content().string(not(containsString("internal-cost-sheet.pdf"))));
        mvc.perform(get("/portal/invoices/" + id + "/files/" + shared).with(user(client)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("http*://**/attachments/**"));
        mvc.perform(get("/portal/invoices/" + id + "/files/" + internal).with(user(client)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/invoices/" + id + "/files/" + shared).with(user(data.client())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminSharesAFileLaterAndTakesItBack() throws Exception {
        AccountPrincipal client = data.client();
        long id = issuedInvoice(client);
        attachments.attach(id, new MockMultipartFile("file", "photo-of-part.pdf", "application/pdf",
                InvoiceFilesIntegrationTests.PDF));
        long file = idOf(id, "photo-of-part.pdf");
        String share = "/admin/invoices/" + id + "/attachments/" + file + "/share";

        mvc.perform(post(share).param("shared", "true").with(user(data.adminPrincipal())).with(csrf()));
        mvc.perform(get("/portal/invoices/" + id + "/files/" + file).with(user(client)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(share).param("shared", "false").with(user(data.adminPrincipal())).with(csrf()));
        mvc.perform(get("/portal/invoices/" + id + "/files/" + file).with(user(client)))
                .andExpect(status().isNotFound());
        mvc.perform(post(share).param("shared", "true").with(user(client)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long issuedInvoice(AccountPrincipal client) {
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Part", "1", "10.00")));
        invoices.issue(id);
        return id;
    }

    private long idOf(long invoiceId, String name) {
        return attachments.list(invoiceId).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }
}

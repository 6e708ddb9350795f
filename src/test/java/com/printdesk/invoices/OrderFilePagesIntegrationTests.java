package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import com.printdesk.files.OrderFileFixtures;
import com.printdesk.files.OrderFileKind;
import com.printdesk.files.OrderFileView;
import com.printdesk.files.OrderFiles;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.jobs.TestJobs;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** Order files on the invoice and job pages: the admin sees all with G-code and Delete, the client their models. */
@IntegrationTest
class OrderFilePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Invoices invoices;

    @Autowired
    OrderFileFixtures fixtures;

    @Autowired
    OrderFiles orderFiles;

    @Autowired
    TestJobs testJobs;

    @Autowired
    PrintJobs jobs;

    @Test
    void theInvoicePagesListTheFilesAndTheDownloadsFollowTheRules() throws Exception {
        AccountPrincipal client = data.client();
        long invoiceId = issuedInvoice(client);
        OrderFileView model = fixtures.create(client.clientId(), invoiceId, OrderFileKind.MODEL, "gear-housing.stl",
                OrderFilesApiIntegrationTests.MODEL);
        OrderFileView gcode = fixtures.create(client.clientId(), invoiceId, OrderFileKind.GCODE, "gear-housing.gcode",
                OrderFilesApiIntegrationTests.GCODE);

        mvc.perform(get("/admin/invoices/" + invoiceId).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("id=\"order-files\"")))
                .andExpect(content().string(containsString("/admin/order-files/" + model.id() + "/download")))
                .andExpect(content().string(containsString("/admin/order-files/" + gcode.id() + "/download")))
                .andExpect(content().string(containsString("/admin/invoices/" + invoiceId + "/order-files/" + gcode.id()
                        + "/delete")))
                .andExpect(content().string(containsString("data-confirm=\"Delete gear-housing.gcode?")));
        mvc.perform(get("/portal/invoices/" + invoiceId).with(user(client)))
                .andExpect(content().string(containsString("/portal/order-files/" + model.id() + "/download")))
                .andExpect(content().string(containsString("gear-housing.stl")))
                .andExpect(content().string(not(containsString("gear-housing.gcode"))));

        mvc.perform(get("/admin/order-files/" + gcode.id() + "/download").with(user(data.adminPrincipal())))
                .andExpect(redirectedUrlPattern("http*://**/order-files/**"));
        mvc.perform(get("/portal/order-files/" + model.id() + "/download").with(user(client)))
                .andExpect(redirectedUrlPattern("http*://**/order-files/**"));
        mvc.perform(get("/portal/order-files/" + gcode.id() + "/download").with(user(client)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/order-files/" + model.id() + "/download").with(user(data.client())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/order-files/" + model.id() + "/download").with(user(client)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdminDeletesAFileFromTheInvoicePage() throws Exception {
        AccountPrincipal client = data.client();
        long invoiceId = issuedInvoice(client);
        OrderFileView file = fixtures.create(client.clientId(), invoiceId, OrderFileKind.MODEL, "wrong-upload.stl",
                OrderFilesApiIntegrationTests.MODEL);
        long otherInvoice = issuedInvoice(client);

        mvc.perform(post("/admin/invoices/" + otherInvoice + "/order-files/" + file.id() + "/delete")
                        .with(user(data.adminPrincipal())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/invoices/" + invoiceId + "/order-files/" + file.id() + "/delete")
                        .with(user(data.adminPrincipal())).with(csrf()))
                .andExpect(redirectedUrl("/admin/invoices/" + invoiceId + "#order-files"));

        assertThat(orderFiles.find(file.id())).isEmpty();
        mvc.perform(get("/admin/invoices/" + invoiceId).with(user(data.adminPrincipal())))
                .andExpect(content().string(not(containsString("id=\"order-files\""))));
    }

    @Test
    void noSectionWhenTheInvoiceHasNoOrderFiles() throws Exception {
        AccountPrincipal client = data.client();
        long invoiceId = issuedInvoice(client);

        mvc.perform(get("/admin/invoices/" + invoiceId).with(user(data.adminPrincipal())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"order-files\""))));
        mvc.perform(get("/portal/invoices/" + invoiceId).with(user(client)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"order-files\""))));
    }

    @Test
    void theJobPagesListTheFilesOfTheJobsInvoice() throws Exception {
        AccountPrincipal client = data.client();
        long jobId = testJobs.jobOf(client.clientId());
        long invoiceId = jobs.view(jobId).invoiceId();
        OrderFileView model = fixtures.create(client.clientId(), invoiceId, OrderFileKind.MODEL, "job-part.stl",
                OrderFilesApiIntegrationTests.MODEL);
        OrderFileView gcode = fixtures.create(client.clientId(), invoiceId, OrderFileKind.GCODE, "job-part.gcode",
                OrderFilesApiIntegrationTests.GCODE);

        mvc.perform(get("/admin/jobs/" + jobId).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("/admin/order-files/" + model.id() + "/download")))
                .andExpect(content().string(containsString("/admin/order-files/" + gcode.id() + "/download")));
        mvc.perform(get("/portal/jobs/" + jobId).with(user(client)))
                .andExpect(content().string(containsString("/portal/order-files/" + model.id() + "/download")))
                .andExpect(content().string(not(containsString("job-part.gcode"))));
    }

    private long issuedInvoice(AccountPrincipal client) {
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Part", "1", "10.00")));
        invoices.issue(id);
        return id;
    }
}

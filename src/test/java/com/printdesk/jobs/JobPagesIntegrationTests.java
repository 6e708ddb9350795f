package com.printdesk.jobs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The job pages and JSON as admins and clients use them. */
@IntegrationTest
class JobPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JobCreation creation;

    @Autowired
    JobWork work;

    @Autowired
    PrintJobs jobs;

    @Autowired
    TestData data;

    @Autowired
    JobFixtures fixtures;

    MaterialView material;

    @BeforeEach
    void setUp() {
        material = fixtures.material();
    }

    @Test
    void aClientSeesTheirOwnJobsAndAnotherClientsJobIsNotFound() throws Exception {
        AccountPrincipal owner = data.client();
        AccountPrincipal stranger = data.client();
        List<JobView> made = jobsOf(owner);
        long jobId = made.get(0).id();

        mvc.perform(get("/portal/jobs/" + jobId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/jobs").with(user(stranger))).andExpect(status().isOk())
                .andExpect(content().string(containsString("no print jobs yet")));
        mvc.perform(get("/api/client/jobs").with(user(stranger))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));

        mvc.perform(get("/portal/jobs/" + jobId).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bracket")))
                .andExpect(content().string(containsString("Pre-processing")));
        mvc.perform(get("/api/client/jobs?size=1").with(user(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PRE_PROCESSING"))
                .andExpect(jsonPath("$.items[0].notes").doesNotExist());
    }

    @Test
    void theClientJobsApiAnswersProblemDetailsToStrangersAndStaff() throws Exception {
        mvc.perform(get("/api/client/jobs")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/client/jobs").with(user(data.adminPrincipal()))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/v3/api-docs").with(user(data.adminPrincipal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/client/jobs")));
    }

    @Test
    void adminPagesListShowAndReportJobs() throws Exception {
        AccountPrincipal owner = data.client();
        JobView job = jobsOf(owner).get(0);
        PrinterView printer = fixtures.printer(PrinterStatus.IDLE, material.id());
        work.assign(job.id(), printer.id(), null, job.version());
        work.changeStatus(job.id(), JobStatus.QUEUED, null, jobs.view(job.id()).version());
        work.changeStatus(job.id(), JobStatus.PRINTING, null, jobs.view(job.id()).version());
        work.complete(job.id(), 120, new BigDecimal("100"), jobs.view(job.id()).version());
        AccountPrincipal admin = data.adminPrincipal();

        mvc.perform(get("/admin/jobs").param("clientId", String.valueOf(owner.clientId())).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bracket × 2")))
                .andExpect(content().string(containsString("Housing × 1")));
        mvc.perform(get("/admin/jobs").param("q", "no such job anywhere").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No jobs match")));
        mvc.perform(get("/admin/jobs/" + job.id()).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("25.0 %")))      // 100 g against 80 g quoted
                .andExpect(content().string(containsString("Move to Ready")));
        mvc.perform(get("/admin/jobs/report").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(material.label())));
        mvc.perform(get("/admin/jobs/board").param("materialId", String.valueOf(material.id())).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(printer.name())))
                .andExpect(content().string(containsString("job-" + job.id())));
        mvc.perform(get("/admin/jobs").with(user(owner))).andExpect(status().isForbidden());
    }

    @Test
    void aBoardMoveFromAStaleCardIsRefusedWithAReloadMessage() throws Exception {
        JobView job = jobsOf(data.client()).get(0);
        PrinterView printer = fixtures.printer(PrinterStatus.IDLE, material.id());
        AccountPrincipal admin = data.adminPrincipal();

        mvc.perform(post("/admin/jobs/board/" + job.id() + "/move").header("HX-Request", "true")
                .param("printerId", String.valueOf(printer.id())).param("version", String.valueOf(job.version()))
                .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("board-problem"))));
        mvc.perform(post("/admin/jobs/board/" + job.id() + "/move").header("HX-Request", "true")
                .param("printerId", "").param("version", String.valueOf(job.version()))
                .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed since you loaded")));

        org.assertj.core.api.Assertions.assertThat(jobs.view(job.id()).printerId()).isEqualTo(printer.id());
    }

    @Test
    void theDashboardsShowPrinterLoadAndTheClientsJobsInProgress() throws Exception {
        AccountPrincipal owner = data.client();
        List<JobView> made = jobsOf(owner);
        JobView printing = made.get(0);
        PrinterView printer = fixtures.printer(PrinterStatus.IDLE, material.id());
        work.assign(printing.id(), printer.id(), null, printing.version());
        work.changeStatus(printing.id(), JobStatus.QUEUED, null, jobs.view(printing.id()).version());
        work.changeStatus(printing.id(), JobStatus.PRINTING, null, jobs.view(printing.id()).version());
        work.changeStatus(made.get(1).id(), JobStatus.CANCELLED, "Not needed", made.get(1).version());

        org.assertj.core.api.Assertions.assertThat(jobs.printingPerPrinter()).containsEntry(printer.id(), 1L);
        org.assertj.core.api.Assertions.assertThat(jobs.inProgressForClient(owner.clientId(), 5))
                .extracting(JobView::id).containsExactly(printing.id());
        org.assertj.core.api.Assertions.assertThat(jobs.countsByStatus().get(JobStatus.PRINTING)).isPositive();

        mvc.perform(get("/admin").with(user(data.adminPrincipal()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("printer-utilisation")))
                .andExpect(content().string(containsString(printer.name())))
                .andExpect(content().string(containsString("jobs-printing")));
        mvc.perform(get("/portal").with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jobs-in-progress")))
                .andExpect(content().string(containsString("Bracket × 2")))
                .andExpect(content().string(not(containsString("Housing × 1"))));
    }

    private List<JobView> jobsOf(AccountPrincipal client) {
        long invoiceId = fixtures.issued(client.clientId(), material.id());
        creation.createFor(invoiceId);
        return jobs.forInvoice(invoiceId);
    }
}

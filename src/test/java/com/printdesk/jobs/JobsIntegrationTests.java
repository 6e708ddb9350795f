package com.printdesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.activity.ActivityLog;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.invoices.InvoiceEvents.InvoiceIssued;
import com.printdesk.invoices.InvoiceEvents.InvoicePaid;
import com.printdesk.invoices.InvoiceEvents.InvoiceVoided;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentEvents.DisputeOpened;
import com.printdesk.payments.Refunds.RefundRecorded;
import com.printdesk.settings.JobCreationPolicy;
import com.printdesk.settings.JobPolicySwitch;
import com.printdesk.settings.Settings;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class JobsIntegrationTests {

    @Autowired
    JobCreation creation;

    @Autowired
    InvoiceTroubles troubles;

    @Autowired
    JobWork work;

    @Autowired
    PrintJobs jobs;

    @Autowired
    Settings settings;

    @Autowired
    ActivityLog activity;

    @Autowired
    TestData data;

    @Autowired
    Invoices invoices;

    @Autowired
    JobFixtures fixtures;

    MaterialView material;
    AccountPrincipal client;

    @BeforeEach
    void setUp() {
        material = fixtures.material();
        client = data.client();
    }

    @Test
    void onInvoiceMakesOneJobPerPrintableLineHoweverOftenTheEventsArrive() {
        JobCreationPolicy before = JobPolicySwitch.use(settings, JobCreationPolicy.ON_INVOICE);
        try {
            long invoiceId = fixtures.issued(client.clientId(), material.id());
            creation.issued(issued(invoiceId));
            creation.issued(issued(invoiceId));
            fixtures.payInFull(invoiceId);
            creation.paid(paid(invoiceId));

            List<JobView> made = jobs.forInvoice(invoiceId);
            assertThat(made).extracting(JobView::description).containsExactly("Bracket", "Housing");
            JobView bracket = made.get(0);
            assertThat(bracket.quantity()).isEqualByComparingTo("2");
            assertThat(bracket.estimatedGrams()).isEqualByComparingTo("80");
            assertThat(bracket.estimatedMinutes()).isEqualTo(180);
            assertThat(bracket.materialId()).isEqualTo(material.id());
            assertThat(bracket.clientId()).isEqualTo(client.clientId());
            assertThat(bracket.dueDate()).isEqualTo(invoices.view(invoiceId).dueDate());
            assertThat(bracket.status()).isEqualTo(JobStatus.PRE_PROCESSING);
            assertThat(jobs.history(bracket.id())).singleElement()
                    .satisfies(entry -> assertThat(entry.to()).isEqualTo(JobStatus.PRE_PROCESSING));
        }
        finally {
            JobPolicySwitch.use(settings, before);
        }
    }

    @Test
    void onPaymentWaitsForTheInvoiceToBePaidThenMakesOneJobPerLine() {
        JobCreationPolicy before = JobPolicySwitch.use(settings, JobCreationPolicy.ON_PAYMENT);
        try {
            long invoiceId = fixtures.issued(client.clientId(), material.id());
            assertThat(creation.issued(issued(invoiceId))).isEmpty();
            assertThat(jobs.forInvoice(invoiceId)).isEmpty();

            fixtures.payInFull(invoiceId);
            creation.paid(paid(invoiceId));
            creation.paid(paid(invoiceId));

            assertThat(jobs.forInvoice(invoiceId)).extracting(JobView::description)
                    .containsExactly("Bracket", "Housing");
        }
        finally {
            JobPolicySwitch.use(settings, before);
        }
    }

    @Test
    void aRefundHoldsTheUnfinishedJobsWithItsReasonOnce() {
        long invoiceId = invoiceWithJobs();
        JobView first = jobs.forInvoice(invoiceId).get(0);
        move(first.id(), JobStatus.QUEUED);
        RefundRecorded refund = new RefundRecorded(UUID.randomUUID(), "system", 1L, 1L, Payable.invoice(invoiceId),
                Money.parse("10.00"), "Customer changed their mind", "refund", Instant.now());

        troubles.refunded(refund);

        List<JobView> held = jobs.forInvoice(invoiceId);
        assertThat(held).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.ON_HOLD);
            assertThat(job.statusReason()).contains("Refund of $10.00").contains("Customer changed their mind");
        });
        assertThat(held.get(0).heldFromStatus()).isEqualTo(JobStatus.QUEUED);

        // staff resume it; the same refund delivered again does not hold it a second time
        work.resume(first.id(), jobs.view(first.id()).version());
        troubles.refunded(refund);
        assertThat(jobs.view(first.id()).status()).isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void anOpenDisputeHoldsTheInvoicesJobsButNotAnOrdersWithTheSameId() {
        long invoiceId = invoiceWithJobs();
        troubles.disputed(dispute(new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, invoiceId)));
        assertThat(jobs.forInvoice(invoiceId)).allSatisfy(job -> assertThat(job.status())
                .isEqualTo(JobStatus.PRE_PROCESSING));

        troubles.disputed(dispute(Payable.invoice(invoiceId)));

        assertThat(jobs.forInvoice(invoiceId)).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.ON_HOLD);
            assertThat(job.statusReason()).isEqualTo("Payment disputed ($50.00): fraudulent");
        });
    }

    @Test
    void voidingTheInvoiceCancelsOnlyTheJobsNotYetPrinting() {
        long invoiceId = invoiceWithJobs();
        PrinterView printer = fixtures.printer(PrinterStatus.IDLE, material.id());
        List<JobView> made = jobs.forInvoice(invoiceId);
        long printing = made.get(0).id();
        work.assign(printing, printer.id(), null, jobs.view(printing).version());
        move(printing, JobStatus.QUEUED);
        move(printing, JobStatus.PRINTING);

        troubles.voided(new InvoiceVoided(UUID.randomUUID(), "admin", invoiceId, client.clientId(), "Wrong client",
                "voided", Instant.now()));

        assertThat(jobs.view(printing).status()).isEqualTo(JobStatus.PRINTING);
        JobView cancelled = jobs.view(made.get(1).id());
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("Invoice voided: Wrong client");
    }

    @Test
    void aJobWalksTheWholeFlowAndEveryStepIsLoggedWithItsActor() {
        long jobId = jobs.forInvoice(invoiceWithJobs()).get(0).id();
        PrinterView printer = fixtures.printer(PrinterStatus.IDLE, material.id());
        work.assign(jobId, printer.id(), null, jobs.view(jobId).version());
        move(jobId, JobStatus.QUEUED);
        move(jobId, JobStatus.PRINTING);
        assertThat(jobs.printingPerPrinter()).containsEntry(printer.id(), 1L);
        work.complete(jobId, 200, new BigDecimal("88.5"), jobs.view(jobId).version());
        move(jobId, JobStatus.READY);
        move(jobId, JobStatus.DELIVERED);

        JobView done = jobs.view(jobId);
        assertThat(done.status()).isEqualTo(JobStatus.DELIVERED);
        assertThat(done.actualGrams()).isEqualByComparingTo("88.5");
        assertThat(done.gramsDifferencePercent()).isEqualByComparingTo("10.6");   // 88.5 vs 80 quoted
        assertThat(done.minutesDifferencePercent()).isEqualByComparingTo("11.1"); // 200 vs 180
        assertThat(jobs.history(jobId)).extracting(JobStatusEntry::to).containsExactly(JobStatus.PRE_PROCESSING,
                JobStatus.QUEUED, JobStatus.PRINTING, JobStatus.POST_PROCESSING, JobStatus.READY, JobStatus.DELIVERED);
        assertThatThrownBy(() -> work.changeStatus(jobId, JobStatus.QUEUED, null, jobs.view(jobId).version()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cannot change any more");
        awaitActivity(jobId, "moved to delivered");
    }

    @Test
    void ofTwoAdminsMovingTheSameCardOneWinsAndTheOtherIsToldToReload() throws Exception {
        long jobId = jobs.forInvoice(invoiceWithJobs()).get(0).id();
        PrinterView left = fixtures.printer(PrinterStatus.IDLE, material.id());
        PrinterView right = fixtures.printer(PrinterStatus.IDLE, material.id());
        long version = jobs.view(jobId).version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> moves = new ArrayList<>();
        for (PrinterView printer : List.of(left, right)) {
            moves.add(() -> {
                try {
                    work.assign(jobId, printer.id(), null, version);
                    return "moved";
                }
                catch (StaleJob ex) {
                    return ex.getMessage();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(moves)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("moved");
        assertThat(outcomes).anySatisfy(message -> assertThat(message).contains("changed since you loaded")
                .contains("Reload"));
        Long winner = outcomes.get(0).equals("moved") ? left.id() : right.id();
        assertThat(jobs.view(jobId).printerId()).isEqualTo(winner);
    }

    @Test
    void aPrinterUnderMaintenanceAcceptsNoNewPrint() {
        long jobId = jobs.forInvoice(invoiceWithJobs()).get(0).id();
        PrinterView maintenance = fixtures.printer(PrinterStatus.MAINTENANCE, material.id());
        work.assign(jobId, maintenance.id(), null, jobs.view(jobId).version());
        move(jobId, JobStatus.QUEUED);

        assertThatThrownBy(() -> move(jobId, JobStatus.PRINTING)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining(maintenance.name() + " is maintenance and cannot start a print");
        assertThat(jobs.view(jobId).status()).isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void holdingNeedsAReasonAndResumingReturnsToWhereTheJobWas() {
        long jobId = jobs.forInvoice(invoiceWithJobs()).get(0).id();
        move(jobId, JobStatus.QUEUED);
        assertThatThrownBy(() -> work.changeStatus(jobId, JobStatus.ON_HOLD, " ", jobs.view(jobId).version()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("reason");
        work.changeStatus(jobId, JobStatus.ON_HOLD, "Waiting for the client's colour choice",
                jobs.view(jobId).version());
        work.resume(jobId, jobs.view(jobId).version());
        assertThat(jobs.view(jobId).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(jobs.history(jobId)).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(JobStatus.ON_HOLD);
            assertThat(entry.to()).isEqualTo(JobStatus.QUEUED);
        });
    }

    private long invoiceWithJobs() {
        long invoiceId = fixtures.issued(client.clientId(), material.id());
        creation.createFor(invoiceId);
        return invoiceId;
    }

    private void move(long jobId, JobStatus to) {
        work.changeStatus(jobId, to, null, jobs.view(jobId).version());
    }

    private DisputeOpened dispute(Payable payable) {
        return new DisputeOpened(UUID.randomUUID(), "system", payable, 1L, Money.parse("50.00"), "fraudulent",
                "dispute", Instant.now());
    }

    private InvoiceIssued issued(long invoiceId) {
        return new InvoiceIssued(UUID.randomUUID(), "admin", invoiceId, client.clientId(), "INV", Money.ZERO, "issued",
                Instant.now());
    }

    private InvoicePaid paid(long invoiceId) {
        return new InvoicePaid(UUID.randomUUID(), "admin", invoiceId, client.clientId(), "INV", "paid", Instant.now(),
                false, false);
    }

    private void awaitActivity(long jobId, String action) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline
                && activity.about("job", jobId).stream().noneMatch(entry -> entry.action().equals(action))) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(activity.about("job", jobId)).extracting(entry -> entry.action()).contains(action);
    }
}

package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobStatus;
import com.printdesk.jobs.TestJobs;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class EventMailIntegrationTests {

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    TestJobs jobs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aPaymentGetsAReceiptAndARedeliveredEventDoesNotSendASecond() {
        AccountPrincipal client = data.client();
        InvoiceView invoice = issued(client, "100.00");
        PaymentView payment = payments.recordManual(invoice.id(), new ManualPayment(PaymentMethod.BANK_TRANSFER,
                Money.parse("40.00"), LocalDate.now(), "EFT 123", null));
        // the same payment reported again (a redelivery after a crash, a second listener run)
        transactions.executeWithoutResult(status -> events.publishEvent(new PaymentRecorded(UUID.randomUUID(), "system",
                payment.id(), Payable.invoice(invoice.id()), payment.amount(), PaymentMethod.BANK_TRANSFER, false,
                "again", Instant.now())));

        CapturedMail receipt = CapturedMail.awaitOne(client.email());
        assertThat(receipt.subject()).isEqualTo("Payment received for " + invoice.number() + ": $40.00");
        assertThat(receipt.text()).contains("we received $40.00 (Bank transfer", invoice.number(),
                "/portal/invoices/" + invoice.id());
        assertThat(receipt.html()).contains("$40.00", "Bank transfer");
    }

    @Test
    void moneyForAnInvoiceThatDoesNotExistSendsNoReceiptAndIsNotRetriedForEver() throws InterruptedException {
        long paymentId = 987_654_321L;
        transactions.executeWithoutResult(status -> events.publishEvent(new PaymentRecorded(UUID.randomUUID(), "system",
                paymentId, Payable.invoice(987_654_321L), Money.parse("5.00"), PaymentMethod.STRIPE, true,
                "Stripe payment for an unknown invoice", Instant.now())));

        // the receipt listener's publication completes (and is deleted) instead of failing and staying
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (pendingReceiptPublications(paymentId) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pendingReceiptPublications(paymentId)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_emails WHERE cause_key = ?")
                .param("payment-receipt:" + paymentId).query(Long.class).single()).isZero();
    }

    private long pendingReceiptPublications(long paymentId) {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE listener_id LIKE '%PaymentMails.on(%PaymentRecorded)' AND serialized_event LIKE ?""")
                .param("%\"paymentId\":" + paymentId + ",%").query(Long.class).single();
    }

    @Test
    void aRefundSendsTheAdjustmentNoteAsPdf() {
        AccountPrincipal client = data.client();
        InvoiceView invoice = issued(client, "100.00");
        PaymentView payment = payments.recordManual(invoice.id(), new ManualPayment(PaymentMethod.CASH,
                Money.parse("110.00"), LocalDate.now(), "counter", null));
        CapturedMail.awaitAtLeast(client.email(), 1);   // the receipt

        payments.refundManual(invoice.id(), payment.id(), Money.parse("22.00"), "One part was <damaged>");

        CapturedMail note = CapturedMail.of(CapturedMail.awaitAtLeast(client.email(), 2).get(1));
        assertThat(note.subject()).startsWith("Refund of $22.00: adjustment note AN-");
        String number = note.subject().substring(note.subject().indexOf("AN-"));
        assertThat(note.text()).contains("We refunded $22.00", invoice.number(), "Reason: One part was <damaged>");
        assertThat(note.html()).contains("One part was &lt;damaged&gt;");
        assertThat(note.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("Adjustment-note-" + number + ".pdf");
            assertThat(pdf.pdfText()).contains(number, invoice.number());
        });
    }

    @Test
    void aJobThatIsReadyAndThenDeliveredTellsTheClientTwice() {
        AccountPrincipal client = data.client();
        long job = jobs.jobOf(client.clientId());

        jobs.walkTo(job, JobStatus.READY);
        CapturedMail ready = CapturedMail.awaitOne(client.email());
        assertThat(ready.subject()).startsWith("Ready: ").endsWith("(Job #" + job + ")");
        assertThat(ready.text()).contains("is ready", "pick it up from", "/portal/jobs/" + job);

        jobs.walkTo(job, JobStatus.DELIVERED);
        CapturedMail delivered = CapturedMail.of(CapturedMail.awaitAtLeast(client.email(), 2).get(1));
        assertThat(delivered.subject()).startsWith("Delivered: ");
        assertThat(delivered.text()).contains("has been delivered");
    }

    private InvoiceView issued(AccountPrincipal client, String price) {
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Part", "1", price)));
        return invoices.issue(id);
    }
}

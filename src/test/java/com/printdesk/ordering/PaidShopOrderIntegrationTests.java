package com.printdesk.ordering;

import static com.printdesk.ordering.ShopOrderFixtures.await;
import static com.printdesk.ordering.ShopOrderFixtures.completed;
import static com.printdesk.ordering.ShopOrderFixtures.payable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.dev.StripeStub;
import com.printdesk.files.Bucket;
import com.printdesk.files.OrderFileKind;
import com.printdesk.files.OrderFileView;
import com.printdesk.files.OrderFiles;
import com.printdesk.files.Storage;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.InvoicePdfs;
import com.printdesk.invoices.InvoiceStatus;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.Payments;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * A checkout attempt paid through Stripe becomes the bureau's order: one PAID invoice with the order's lines
 * and delivery, the payment moved onto it, and its print jobs, however often or late Stripe reports it.
 */
@IntegrationTest
class PaidShopOrderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ShopOrderFixtures shop;

    @Autowired
    Invoices invoices;

    @Autowired
    Payments payments;

    @Autowired
    PrintJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderFiles orderFiles;

    @Autowired
    InvoicePdfs pdfs;

    @Autowired
    InvoicePayments invoicePayments;

    @Autowired
    Storage storage;

    @Test
    void aSignedCompletedCheckoutMakesOnePaidInvoiceWithDeliveryThePaymentAndTheJobsHoweverOftenItArrives()
            throws Exception {
        AccountPrincipal owner = data.client();
        long materialId = shop.material().id();
        List<UploadedFile> files = shop.upload(owner, "xyz_calibration_cube.stl", "m3x10_screw.stl");
        long attemptId = shop.attempt(owner, ShopOrderFixtures.SHIPPING, materialId, files, Duration.ofHours(24));
        CheckoutSession session = shop.open(attemptId);
        String intent = StripeFixtures.unique("pi_");
        String payload = completed(payable(attemptId), session, intent);

        deliver(payload);
        CheckoutAttempt fulfilled = awaitFulfilled(attemptId);

        assertThat(jdbc.sql("SELECT tmp_file_id FROM checkout_attempt_files WHERE attempt_id = ?").param(attemptId)
                .query(Long.class).list()).as("the uploads the tmp cleaner must keep")
                .containsExactlyInAnyOrderElementsOf(files.stream().map(UploadedFile::id).toList());
        InvoiceView invoice = invoices.view(fulfilled.invoiceId());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.number()).startsWith("INV-");
        assertThat(invoice.clientId()).isEqualTo(owner.clientId());
        assertThat(invoice.shopAttemptId()).isEqualTo(attemptId);
        assertThat(invoice.delivery()).isEqualTo("12 Example St, Newtown NSW 2042");
        assertThat(invoice.details().billTo().name()).isEqualTo("Ada Lovelace");
        assertThat(invoice.details().billTo().email()).isEqualTo(fulfilled.contact().email());
        assertThat(invoice.items()).extracting(LineItem::description).containsExactly(
                "xyz_calibration_cube.stl — PLA, 0.2 mm, 20 %", "m3x10_screw.stl — PLA, 0.2 mm, 20 %", "Setup fee");
        assertThat(invoice.items().get(0).materialId()).isEqualTo(materialId);
        assertThat(invoice.details().shipping()).isEqualTo(Money.parse("10.00"));
        assertThat(invoice.totals().total()).isEqualTo(fulfilled.total());
        assertThat(invoice.amountPaid()).isEqualTo(fulfilled.total());
        assertThat(invoice.balance()).isEqualTo(Money.ZERO);

        assertThat(payments.forPayable(Payable.invoice(invoice.id()))).singleElement().satisfies(payment -> {
            assertThat(payment.processorId()).isEqualTo(intent);
            assertThat(payment.id()).isEqualTo(fulfilled.paymentId());
            assertThat(payment.flagged()).isFalse();
        });
        assertThat(payments.forPayable(payable(attemptId))).as("moved onto the invoice").isEmpty();
        ShopOrderFixtures.awaitJobs("two jobs, one per printed line", () -> jobs.forInvoice(invoice.id()).size() == 2);
        List<Long> jobIds = jobs.forInvoice(invoice.id()).stream().map(JobView::id).toList();
        assertThat(jobs.forInvoice(invoice.id())).allSatisfy(job -> {
            assertThat(job.materialId()).isEqualTo(materialId);
            assertThat(job.quantity()).isEqualByComparingTo(new BigDecimal("2"));
            assertThat(job.estimatedGrams()).isEqualByComparingTo(new BigDecimal("20"));
        });

        assertThat(orderFiles.forInvoice(invoice.id())).as("each upload copied into the order's files")
                .extracting(OrderFileView::name, OrderFileView::kind, OrderFileView::clientId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple("xyz_calibration_cube.stl", OrderFileKind.MODEL, owner.clientId()),
                        org.assertj.core.api.Assertions.tuple("m3x10_screw.stl", OrderFileKind.MODEL, owner.clientId()));
        await("the uploads leave tmp once claimed",
                () -> files.stream().noneMatch(file -> storage.exists(Bucket.TMP, file.storageKey())));
        List<Long> fileIds = orderFiles.forInvoice(invoice.id()).stream().map(OrderFileView::id).toList();

        deliver(payload);
        deliver(completed(payable(attemptId), session, intent)); // the same payment in a second event
        Thread.sleep(1500); // listeners and a rescheduled task would have run by now
        assertThat(invoicesOf(attemptId)).isEqualTo(1);
        assertThat(payments.forPayable(Payable.invoice(invoice.id()))).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE processor_id = ?").param(intent).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(invoices.view(invoice.id()).amountPaid()).isEqualTo(fulfilled.total());
        assertThat(jobs.forInvoice(invoice.id())).extracting(JobView::id).containsExactlyElementsOf(jobIds);
        assertThat(orderFiles.forInvoice(invoice.id())).extracting(OrderFileView::id)
                .containsExactlyInAnyOrderElementsOf(fileIds);
        assertThat(shop.find(attemptId).status()).isEqualTo(AttemptStatus.FULFILLED);
        // one receipt however often the payment arrived, once the invoice exists
        com.printdesk.notifications.CapturedMail receipt = com.printdesk.notifications.CapturedMail
                .awaitOne(fulfilled.contact().email());
        assertThat(receipt.subject()).isEqualTo("Order confirmed: " + invoice.number() + ", "
                + fulfilled.total().formatted() + " received");
        assertThat(receipt.text()).contains("Ada Lovelace", fulfilled.total().formatted(), invoice.number(),
                "/portal/invoices/" + invoice.id());
    }

    @Test
    void deliveryShowsOnTheInvoicePagesAndTheJobPages() throws Exception {
        AccountPrincipal owner = data.client();
        long attemptId = shop.attempt(owner, ShopOrderFixtures.PICKUP);
        CheckoutSession session = shop.open(attemptId);
        deliver(completed(payable(attemptId), session, StripeFixtures.unique("pi_")));
        long invoiceId = awaitFulfilled(attemptId).invoiceId();
        ShopOrderFixtures.awaitJobs("a job", () -> !jobs.forInvoice(invoiceId).isEmpty());
        long jobId = jobs.forInvoice(invoiceId).get(0).id();

        mvc.perform(get("/portal/invoices/" + invoiceId).with(user(owner)))
                .andExpect(content().string(containsString("<dd id=\"delivery\">Pickup</dd>")));
        mvc.perform(get("/admin/invoices/" + invoiceId).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<dd id=\"delivery\">Pickup</dd>")));
        mvc.perform(get("/portal/jobs/" + jobId).with(user(owner)))
                .andExpect(content().string(containsString("<dd id=\"delivery\">Pickup</dd>")));
        mvc.perform(get("/admin/jobs/" + jobId).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<dd id=\"delivery\">Pickup</dd>")));
        String pdf;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdfs.bytes(pdfs.pdf(invoices.view(invoiceId))))) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("Delivery Pickup");
    }

    @Test
    void theOrdersPaymentIsRefundedFromItsInvoiceWithAnAdjustmentNoteAndItsJobsHeld() throws Exception {
        AccountPrincipal owner = data.client();
        long attemptId = shop.attempt(owner, ShopOrderFixtures.SHIPPING);
        CheckoutSession session = shop.open(attemptId);
        deliver(completed(payable(attemptId), session, StripeFixtures.unique("pi_")));
        CheckoutAttempt fulfilled = awaitFulfilled(attemptId);
        long invoiceId = fulfilled.invoiceId();
        ShopOrderFixtures.awaitJobs("a job", () -> !jobs.forInvoice(invoiceId).isEmpty());

        invoicePayments.refundManual(invoiceId, fulfilled.paymentId(), fulfilled.total(), "Cancelled by the client");

        InvoiceView refunded = invoices.view(invoiceId);
        assertThat(refunded.status()).isEqualTo(InvoiceStatus.REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(fulfilled.total());
        assertThat(invoicePayments.refundsFor(invoiceId)).singleElement()
                .satisfies(refund -> assertThat(refund.processorRefundId()).startsWith("re_"));
        ShopOrderFixtures.awaitJobs("the job held for the refund", () -> jobs.forInvoice(invoiceId).stream()
                .allMatch(job -> job.status() == com.printdesk.jobs.JobStatus.ON_HOLD));
    }

    @Test
    void anAttemptPaidAfterItExpiredIsStillFulfilled() throws Exception {
        AccountPrincipal owner = data.client();
        long attemptId = shop.attempt(owner, ShopOrderFixtures.PICKUP);
        CheckoutSession session = shop.open(attemptId);
        jdbc.sql("UPDATE checkout_attempts SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(shop.clock.instant().minusSeconds(60)), attemptId).update();
        shop.attempts.expireUnpaid(shop.clock.instant());
        assertThat(shop.find(attemptId).status()).isEqualTo(AttemptStatus.EXPIRED);

        deliver(completed(payable(attemptId), session, StripeFixtures.unique("pi_")));

        CheckoutAttempt fulfilled = awaitFulfilled(attemptId);
        assertThat(invoices.view(fulfilled.invoiceId()).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void moneyForAnAttemptThatDoesNotExistIsRecordedAndFlaggedForTheAdmin() throws Exception {
        long unknown = 9_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        CheckoutSession session = shop.sessions.open(payable(unknown), Money.parse("25.00"), "Order", java.util.Map.of(),
                "http://localhost/portal/order/attempts/" + unknown, "http://localhost/portal/order");
        String intent = StripeFixtures.unique("pi_");

        deliver(completed(payable(unknown), session, intent));

        await("the payment flagged", () -> payments.byProcessorId(intent).map(PaymentView::flagged).orElse(false));
        PaymentView payment = payments.byProcessorId(intent).orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.parse("25.00"));
        assertThat(payment.payable()).isEqualTo(payable(unknown));
        assertThat(payment.flagReason()).contains("Paid for shop order #" + unknown + ", which is not known here");
    }

    @Test
    void aFulfilmentThatFailsIsRetriedAndMakesExactlyOneInvoice() throws Exception {
        AccountPrincipal owner = data.client();
        long attemptId = shop.attempt(owner, ShopOrderFixtures.PICKUP);
        CheckoutSession session = shop.open(attemptId);
        String trigger = "fail_fulfil_" + attemptId;
        // the last step fails once the invoice is committed, so the retry has to find that invoice again
        jdbc.sql("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'injected failure'; END $$;
                CREATE TRIGGER %1$s BEFORE UPDATE ON checkout_attempts FOR EACH ROW
                WHEN (NEW.id = %2$d AND NEW.status = 'FULFILLED') EXECUTE FUNCTION %1$s();
                """.formatted(trigger, attemptId)).update();
        try {
            deliver(completed(payable(attemptId), session, StripeFixtures.unique("pi_")));
            await("a failed run", () -> jdbc.sql("""
                    SELECT count(*) FROM scheduled_tasks
                    WHERE task_name = 'fulfil-checkout-attempt' AND task_instance = ? AND consecutive_failures > 0
                    """).param(String.valueOf(attemptId)).query(Long.class).single() == 1);
            assertThat(invoicesOf(attemptId)).isEqualTo(1);
        }
        finally {
            jdbc.sql("DROP TRIGGER %1$s ON checkout_attempts; DROP FUNCTION %1$s();".formatted(trigger)).update();
        }

        CheckoutAttempt fulfilled = awaitFulfilled(attemptId);
        assertThat(invoicesOf(attemptId)).isEqualTo(1);
        assertThat(invoices.view(fulfilled.invoiceId()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments.forPayable(Payable.invoice(fulfilled.invoiceId()))).hasSize(1);
        assertThat(orderFiles.forInvoice(fulfilled.invoiceId())).as("claimed before the failure, not again")
                .singleElement().satisfies(file -> assertThat(file.name()).isEqualTo("xyz_calibration_cube.stl"));
    }

    @Test
    void theAttemptPageIsTheOwnersOnlyAndFollowsThePayment() throws Exception {
        AccountPrincipal owner = data.client();
        AccountPrincipal other = data.client();
        long attemptId = shop.attempt(owner, ShopOrderFixtures.SHIPPING);
        CheckoutSession session = shop.open(attemptId);
        String page = "/portal/order/attempts/" + attemptId;

        mvc.perform(get(page).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/progress").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(data.adminPrincipal()))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not paid yet")))
                .andExpect(content().string(containsString("12 Example St, Newtown NSW 2042")));

        String intent = StripeFixtures.unique("pi_");
        StripeStub.answerPaid(EmbeddedInfrastructure.startStripeStub(), session.sessionId(), StripeStub.paidSession(
                session.sessionId(), intent, payable(attemptId), session.amount().cents(), "aud"));
        mvc.perform(get(page).param("session_id", session.sessionId()).with(user(other)))
                .andExpect(status().isNotFound());
        assertThat(payments.byProcessorId(intent)).as("another client's visit records nothing").isEmpty();

        mvc.perform(get(page).param("session_id", session.sessionId()).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Payment received")))
                .andExpect(content().string(not(containsString("Not paid yet"))));
        assertThat(payments.byProcessorId(intent)).isPresent();

        long invoiceId = awaitFulfilled(attemptId).invoiceId();
        mvc.perform(get(page + "/progress").with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/portal/invoices/" + invoiceId)))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        deliver(completed(payable(attemptId), session, intent));
        Thread.sleep(500);
        assertThat(invoicesOf(attemptId)).isEqualTo(1);
        assertThat(payments.forPayable(Payable.invoice(invoiceId))).hasSize(1);
    }

    private CheckoutAttempt awaitFulfilled(long attemptId) throws InterruptedException {
        await("attempt " + attemptId + " fulfilled", () -> shop.find(attemptId).status() == AttemptStatus.FULFILLED);
        return shop.find(attemptId);
    }

    private long invoicesOf(long attemptId) {
        return jdbc.sql("SELECT count(*) FROM invoices WHERE shop_attempt_id = ?").param(attemptId).query(Long.class)
                .single();
    }

    private void deliver(String payload) throws Exception {
        mvc.perform(post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", StripeFixtures.sign(payload))).andExpect(status().isOk());
    }
}

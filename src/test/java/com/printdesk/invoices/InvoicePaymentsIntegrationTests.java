package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.Payments;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class InvoicePaymentsIntegrationTests {

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments invoicePayments;

    @Autowired
    Payments payments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    @Test
    void partialPaymentsThenTheRestMakeTheInvoicePaid() {
        long id = issuedInvoiceOf("100.00");   // $110.00 with GST
        invoicePayments.recordManual(id, cash("50.00"));
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoices.view(id).balance()).isEqualTo(Money.parse("60.00"));

        invoicePayments.recordManual(id, cash("60.00"));
        InvoiceView paid = invoices.view(id);
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountPaid()).isEqualTo(Money.parse("110.00"));
        assertThat(paid.balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void aManualOverpaymentIsRefusedAndRecordsNothing() {
        long id = issuedInvoiceOf("100.00");
        assertThatThrownBy(() -> invoicePayments.recordManual(id, cash("110.01")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("more than the balance of $110.00");
        assertThat(invoicePayments.forInvoice(id)).isEmpty();
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void twoAdminsRecordingTheBalanceAtOnceCannotOverpay() throws Exception {
        long id = issuedInvoiceOf("100.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(() -> {
                try {
                    invoicePayments.recordManual(id, cash("110.00"));
                    return true;
                }
                catch (BusinessRuleViolation ex) {
                    return false;
                }
            });
        }
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(invoices.view(id).amountPaid()).isEqualTo(Money.parse("110.00"));
    }

    @Test
    void deletingAManualPaymentNeedsAReasonAndRecomputesTheBalance() {
        long id = issuedInvoiceOf("100.00");
        PaymentView payment = invoicePayments.recordManual(id, cash("110.00"));
        assertThatThrownBy(() -> invoicePayments.deleteManual(id, payment.id(), " "))
                .isInstanceOf(BusinessRuleViolation.class);

        invoicePayments.deleteManual(id, payment.id(), "Entered on the wrong invoice");

        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoices.view(id).balance()).isEqualTo(Money.parse("110.00"));
        assertThat(invoicePayments.forInvoice(id)).singleElement()
                .satisfies(p -> assertThat(p.deletedReason()).isEqualTo("Entered on the wrong invoice"));
    }

    @Test
    void aProcessorPaymentIsAppliedOnceHoweverOftenItIsReported() {
        long id = issuedInvoiceOf("100.00");
        PaymentView first = transactions.execute(status -> payments.recordFromProcessor(Payable.invoice(id),
                "pi_test_" + id, Money.parse("110.00"), LocalDate.now(), null));
        PaymentView again = transactions.execute(status -> payments.recordFromProcessor(Payable.invoice(id),
                "pi_test_" + id, Money.parse("110.00"), LocalDate.now(), null));
        assertThat(again.id()).isEqualTo(first.id());

        // the event may be delivered more than once: the invoice applies the payment once
        PaymentRecorded event = new PaymentRecorded(UUID.randomUUID(), "system", first.id(), Payable.invoice(id),
                Money.parse("110.00"), PaymentMethod.STRIPE, false, "Stripe payment", Instant.now());
        transactions.executeWithoutResult(status -> invoicePayments.on(event));
        transactions.executeWithoutResult(status -> invoicePayments.on(event));

        awaitStatus(id, InvoiceStatus.PAID);
        assertThat(invoices.view(id).amountPaid()).isEqualTo(Money.parse("110.00"));
    }

    @Test
    void aPaymentEventArrivingAfterThePaymentWasDeletedChangesNothing() {
        long id = issuedInvoiceOf("100.00");
        PaymentView payment = invoicePayments.recordManual(id, cash("110.00"));
        invoicePayments.deleteManual(id, payment.id(), "Wrong invoice");

        // the module listener's delivery of the original PaymentRecorded, late
        PaymentRecorded late = new PaymentRecorded(UUID.randomUUID(), "system", payment.id(), Payable.invoice(id),
                payment.amount(), PaymentMethod.CASH, false, "late", Instant.now());
        transactions.executeWithoutResult(status -> invoicePayments.on(late));

        assertThat(invoices.view(id).balance()).isEqualTo(Money.parse("110.00"));
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void aPaidInvoiceCannotBeVoided() {
        long id = issuedInvoiceOf("10.00");
        invoicePayments.recordManual(id, cash("5.00"));
        assertThatThrownBy(() -> invoices.voidInvoice(id, "mistake")).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("refund");
    }

    private void awaitStatus(long id, InvoiceStatus status) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (invoices.view(id).status() != status && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(invoices.view(id).status()).isEqualTo(status);
    }

    private long issuedInvoiceOf(String price) {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(), TestData.details("Ada", "Part", "1", price)));
        invoices.issue(id);
        return id;
    }

    private static ManualPayment cash(String amount) {
        return new ManualPayment(PaymentMethod.CASH, Money.parse(amount), LocalDate.now(), "counter", null);
    }
}

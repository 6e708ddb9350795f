package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.RefundView;
import com.printdesk.payments.Refunds;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class RefundsIntegrationTests {

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    AdjustmentNotes notes;

    @Autowired
    AdjustmentNotePdfs notePdfs;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    @Test
    void aFullRefundIssuesAnAdjustmentNoteAndMakesTheInvoiceRefunded() throws Exception {
        long id = paidInvoice();
        PaymentView payment = payments.forInvoice(id).get(0);

        payments.refundManual(id, payment.id(), Money.parse("110.00"), "Print failed quality check");

        InvoiceView refunded = invoices.view(id);
        assertThat(refunded.status()).isEqualTo(InvoiceStatus.REFUNDED);
        assertThat(refunded.adjusted()).isEqualTo(Money.parse("110.00"));
        assertThat(notes.forInvoice(id)).singleElement().satisfies(note -> {
            assertThat(note.number()).matches("AN-\\d{6}");
            assertThat(note.amount()).isEqualTo(Money.parse("110.00"));
        });

        var note = notes.forInvoice(id).get(0);
        byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(notePdfs.downloadUrl(note, refunded)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(InvoiceFilesIntegrationTests.text(pdf)).contains("Adjustment note").contains(note.number())
                .contains(refunded.number()).contains("Print failed quality check").contains("-$110.00")
                .contains("GST adjustment included").contains("-$10.00");
    }

    @Test
    void aPartRefundLowersWhatTheInvoiceChargesAndKeepsItPaid() {
        long id = paidInvoice();
        PaymentView payment = payments.forInvoice(id).get(0);
        payments.refundManual(id, payment.id(), Money.parse("10.00"), "Discount for a late delivery");

        InvoiceView invoice = invoices.view(id);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.balance()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> payments.refundManual(id, payment.id(), Money.parse("100.01"), "too much"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("At most $100.00");
        assertThat(notes.forInvoice(id)).hasSize(1);
    }

    @Test
    void aRefundReportedTwiceMakesOneAdjustmentNote() {
        long id = paidInvoice();
        RefundView refund = payments.refundManual(id, payments.forInvoice(id).get(0).id(), Money.parse("20.00"), "Reprint");
        Refunds.RefundRecorded again = new Refunds.RefundRecorded(UUID.randomUUID(), "system", refund.id(),
                refund.paymentId(), Payable.invoice(id), refund.amount(), refund.reason(), "again", Instant.now());

        transactions.executeWithoutResult(status -> payments.on(again));

        assertThat(notes.forInvoice(id)).hasSize(1);
        assertThat(invoices.view(id).adjusted()).isEqualTo(Money.parse("20.00"));
    }

    private long paidInvoice() {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(), TestData.details("Ada", "Part", "1", "100.00")));
        invoices.issue(id);
        payments.recordManual(id, new ManualPayment(PaymentMethod.BANK_TRANSFER, Money.parse("110.00"), LocalDate.now(),
                "EFT", null));
        return id;
    }
}

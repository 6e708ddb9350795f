package com.printdesk.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.invoices.InvoiceEvents.InvoiceDrafted;
import com.printdesk.invoices.InvoiceEvents.InvoiceIssued;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.Payments;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.DocumentKind;
import com.printdesk.settings.DocumentNumbers;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;

/**
 * The invoice of a paid shop order, made in one transaction: drafted from the order, issued (numbered),
 * the order's payment moved onto it and applied, so it is PAID when it first commits. Keyed by the
 * checkout attempt ({@code invoices.shop_attempt_id} is unique): a retry returns the invoice made before.
 */
@Service
public class ShopOrderInvoices {

    private final InvoiceRepository repository;
    private final InvoicePayments invoicePayments;
    private final Payments payments;
    private final DocumentNumbers numbers;
    private final Settings settings;
    private final BillToDefaults billTo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopOrderInvoices(InvoiceRepository repository, InvoicePayments invoicePayments, Payments payments,
            DocumentNumbers numbers, Settings settings, BillToDefaults billTo, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.invoicePayments = invoicePayments;
        this.payments = payments;
        this.numbers = numbers;
        this.settings = settings;
        this.billTo = billTo;
        this.events = events;
        this.clock = clock;
    }

    /** The invoice of the order, created PAID the first time; the same invoice's ID on every later call. */
    @Transactional
    public long createPaid(PaidShopOrder order) {
        // a concurrent second call waits here on the client's share lock, then on the unique attempt ID
        billTo.lockExistingClient(order.clientId());
        return repository.findByShopAttemptId(order.attemptId()).map(Invoice::id).orElseGet(() -> create(order));
    }

    /** The invoice made for a checkout attempt, if it was made. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> invoiceOf(long attemptId) {
        return repository.findByShopAttemptId(attemptId).map(Invoice::id);
    }

    private long create(PaidShopOrder order) {
        BusinessProfile business = settings.current();
        Invoice invoice = new Invoice(new InvoiceDraft(order.clientId(), order.details()), business.gstRegistered(),
                null, clock.instant());
        invoice.forShopOrder(order.attemptId(), order.delivery());
        repository.saveAndFlush(invoice);
        long id = invoice.id();
        events.publishEvent(new InvoiceDrafted(UUID.randomUUID(), Actors.SYSTEM, id, invoice.clientId(),
                "Invoice created for shop order #" + order.attemptId(), clock.instant()));
        LocalDate today = LocalDate.now(clock.withZone(business.timeZone()));
        invoice.issue(numbers.next(DocumentKind.INVOICE), today,
                billTo.paymentTermsDays(order.clientId(), business.paymentTermsDays()), business.gstRegistered(),
                clock.instant());
        events.publishEvent(new InvoiceIssued(UUID.randomUUID(), Actors.SYSTEM, id, invoice.clientId(),
                invoice.number(), invoice.content().total(), "Invoice " + invoice.number() + " issued for shop order #"
                        + order.attemptId() + " to " + invoice.content().billTo().name() + " for "
                        + invoice.content().total(), clock.instant()));
        PaymentView payment = payments.reassign(order.paymentId(),
                new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, order.attemptId()), Payable.invoice(id));
        invoicePayments.apply(invoice, payment.id(), payment.amount());
        return id;
    }
}

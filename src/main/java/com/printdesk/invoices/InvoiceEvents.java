package com.printdesk.invoices;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Money;

/** What happens to invoices, as events other modules (activity, jobs, notifications) react to. */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    public record InvoiceDrafted(UUID eventId, String actor, long invoiceId, long clientId, String summary,
            Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "created";
        }
    }

    public record InvoiceIssued(UUID eventId, String actor, long invoiceId, long clientId, String number, Money total,
            String summary, Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "issued";
        }
    }

    /**
     * The invoice is fully paid (jobs under the ON_PAYMENT policy start here). {@code shopOrder} and
     * {@code checkoutOpen} are read in the paying transaction so that listeners with nothing to do
     * for this invoice can say so in their condition: a listener that returns early still costs an
     * event publication and three transactions per payment.
     *
     * <p>Both are {@code null} in an event stored before they existed (a publication resubmitted after an
     * upgrade): unknown, so the listeners run and look for themselves ({@link #mayBeShopOrder()},
     * {@link #mayHaveCheckoutOpen()}).
     *
     * @param shopOrder the invoice is an instant-quote shop order (it gets the "Order confirmed" mail)
     * @param checkoutOpen a Stripe Checkout session of the invoice was still open, so it must be expired
     */
    public record InvoicePaid(UUID eventId, String actor, long invoiceId, long clientId, String number, String summary,
            Instant occurredAt, Boolean shopOrder, Boolean checkoutOpen) implements InvoiceActivity {

        public boolean mayBeShopOrder() {
            return !Boolean.FALSE.equals(shopOrder);
        }

        public boolean mayHaveCheckoutOpen() {
            return !Boolean.FALSE.equals(checkoutOpen);
        }

        @Override
        public String action() {
            return "paid";
        }
    }

    public record InvoiceVoided(UUID eventId, String actor, long invoiceId, long clientId, String reason,
            String summary, Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "voided";
        }
    }

    public record InvoiceWrittenOff(UUID eventId, String actor, long invoiceId, long clientId, String reason,
            String summary, Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "written off";
        }
    }

    public record InvoiceDeleted(UUID eventId, String actor, long invoiceId, long clientId, String summary,
            Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "deleted";
        }
    }

    public record InvoiceUpdated(UUID eventId, String actor, long invoiceId, long clientId, String summary,
            Instant occurredAt) implements InvoiceActivity {

        @Override
        public String action() {
            return "updated";
        }
    }

    /** Every invoice event is a line in the activity log of that invoice. */
    public interface InvoiceActivity extends ActivityEvent {

        long invoiceId();

        @Override
        default String entityType() {
            return "invoice";
        }

        @Override
        default long entityId() {
            return invoiceId();
        }
    }
}

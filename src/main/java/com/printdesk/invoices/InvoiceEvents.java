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

    /** The invoice is fully paid (jobs under the ON_PAYMENT policy start here). */
    public record InvoicePaid(UUID eventId, String actor, long invoiceId, long clientId, String number, String summary,
            Instant occurredAt) implements InvoiceActivity {

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

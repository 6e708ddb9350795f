package com.printdesk.payments;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Money;

/** What payments tells the rest of the application. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** Every payment event is a line in the activity log of the record it pays (invoice, order). */
    public interface PayableActivity extends ActivityEvent {

        Payable payable();

        @Override
        default String entityType() {
            return payable().type().name().toLowerCase();
        }

        @Override
        default long entityId() {
            return payable().id();
        }
    }

    /** Money was received for a payable. The payable's module applies it, keyed by {@code paymentId}. */
    public record PaymentRecorded(UUID eventId, String actor, long paymentId, Payable payable, Money amount,
            PaymentMethod method, boolean flagged, String summary, Instant occurredAt) implements PayableActivity {

        @Override
        public String action() {
            return "payment recorded";
        }

    }

    /** A manual payment was deleted (entered by mistake); the payable's module takes it off again. */
    public record PaymentDeleted(UUID eventId, String actor, long paymentId, Payable payable, Money amount,
            String reason, String summary, Instant occurredAt) implements PayableActivity {

        @Override
        public String action() {
            return "payment deleted";
        }

    }

    /**
     * A payment attempt failed (a declined card, a failed BECS debit). Nothing was received; the payable's
     * module may tell the client. Published once per Stripe event.
     */
    public record PaymentFailed(UUID eventId, String actor, Payable payable, String reason, String summary,
            Instant occurredAt) implements PayableActivity {

        @Override
        public String action() {
            return "payment failed";
        }

    }

    /** A customer disputed money received for a payable (its jobs should wait). */
    public record DisputeOpened(UUID eventId, String actor, Payable payable, long paymentId, Money amount,
            String reason, String summary, Instant occurredAt) implements PayableActivity {

        @Override
        public String action() {
            return "disputed";
        }
    }

    /** A dispute ended ({@code status}: won, lost, …). */
    public record DisputeClosed(UUID eventId, String actor, Payable payable, long paymentId, String status,
            String summary, Instant occurredAt) implements PayableActivity {

        @Override
        public String action() {
            return "dispute closed";
        }
    }
}

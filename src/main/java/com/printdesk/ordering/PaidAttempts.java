package com.printdesk.ordering;

import java.time.Clock;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.payments.Payments;

/**
 * Money for a checkout attempt: the attempt is marked PAID (once, keyed by the payment) and the order is
 * built by a retried one-time task ({@link FulfilAttemptTask}, instance = attempt ID), because building it
 * touches invoices, payments and storage and may fail halfway. A paid attempt is fulfilled even if it had
 * expired; money for an attempt we do not know, or a second payment of one, is flagged for the admin.
 */
@Service
class PaidAttempts {

    /** Only payments of checkout attempts: no event publication is stored for invoices' payments. */
    static final String FOR_ATTEMPTS = "#root.args[0].payable().type().name() == 'CHECKOUT_ATTEMPT'";
    private static final Logger log = LoggerFactory.getLogger(PaidAttempts.class);

    private final CheckoutAttempts attempts;
    private final Payments payments;
    private final SchedulerClient scheduler;
    private final Clock clock;

    PaidAttempts(CheckoutAttempts attempts, Payments payments, SchedulerClient scheduler, Clock clock) {
        this.attempts = attempts;
        this.payments = payments;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @ApplicationModuleListener(condition = FOR_ATTEMPTS)
    void on(PaymentRecorded recorded) {
        paid(recorded.payable().id(), recorded.paymentId());
    }

    /**
     * The attempt is paid by this payment: from the event, or at once from the return page. Idempotent;
     * the fulfilment task is scheduled in this transaction, so it exists exactly when the PAID mark does.
     */
    @Transactional
    public void paid(long attemptId, long paymentId) {
        Optional<CheckoutAttempt> found = attempts.lock(attemptId);
        if (found.isEmpty()) {
            log.warn("Payment {} is for checkout attempt {}, which does not exist; flagged", paymentId, attemptId);
            payments.flag(paymentId, "Paid for shop order #" + attemptId + ", which is not known here: "
                    + "build the order by hand or refund it");
            return;
        }
        CheckoutAttempt attempt = found.get();
        if (attempt.paymentId() != null && attempt.paymentId() != paymentId) {
            payments.flag(paymentId, "Shop order #" + attemptId + " was already paid by payment #"
                    + attempt.paymentId() + ": refund this second payment");
            return;
        }
        if (attempt.paymentId() == null) {
            attempts.markPaid(attemptId, paymentId, clock.instant());
            log.info("Checkout attempt {} paid by payment {}{}", attemptId, paymentId,
                    attempt.status() == AttemptStatus.EXPIRED ? " after it expired" : "");
        }
        if (attempt.status() != AttemptStatus.FULFILLED) {
            scheduler.scheduleIfNotExists(FulfilAttemptTask.TASK.instance(String.valueOf(attemptId))
                    .data(attemptId).scheduledTo(clock.instant()));
        }
    }
}

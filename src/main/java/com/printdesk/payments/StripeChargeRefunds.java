package com.printdesk.payments;

import java.util.List;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Refund;
import com.stripe.param.RefundListParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code charge.refunded} as a cross-check of the {@code refund.*} events: every refund of the charge
 * is upserted by its {@code re_} ID, so a missed refund event is still recorded and a seen one is not
 * counted again. Since API 2022-11-15 a charge no longer lists its refunds unless expanded, so they
 * are usually listed from Stripe: a short call inside the webhook's transaction, for a rare event; if
 * Stripe cannot answer, the event fails unclaimed and Stripe delivers it again.
 */
@Component
class StripeChargeRefunds {

    private static final Logger log = LoggerFactory.getLogger(StripeChargeRefunds.class);

    private final Refunds refunds;
    private final ObjectProvider<StripeClient> stripe;

    StripeChargeRefunds(Refunds refunds, ObjectProvider<StripeClient> stripe) {
        this.refunds = refunds;
        this.stripe = stripe;
    }

    void refunded(Charge charge) {
        List<Refund> listed = charge.getRefunds() != null && charge.getRefunds().getData() != null
                ? charge.getRefunds().getData() : fetch(charge.getId());
        long seen = 0;
        for (Refund refund : listed) {
            refunds.upsertFromStripe(refund, null);
            seen += "failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus()) ? 0 : refund.getAmount();
        }
        if (charge.getAmountRefunded() != null && seen != charge.getAmountRefunded()) {
            log.warn("Charge {} reports {} cents refunded but its refunds add up to {}", charge.getId(),
                    charge.getAmountRefunded(), seen);
        }
    }

    private List<Refund> fetch(String chargeId) {
        StripeClient client = stripe.getIfAvailable();
        if (client == null) {
            throw new UnreadableStripeEvent("charge.refunded for " + chargeId + " cannot be checked: Stripe is not configured");
        }
        try {
            // a charge is refunded in a few parts at most; 100 is Stripe's largest page
            return client.v1().refunds().list(RefundListParams.builder().setCharge(chargeId).setLimit(100L).build())
                    .getData();
        }
        catch (StripeException ex) {
            throw new StripeUnavailable("Stripe did not list the refunds of " + chargeId + ": " + ex.getMessage(), ex);
        }
    }
}

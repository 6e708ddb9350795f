package com.printdesk.payments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;

/**
 * Money received, as SQL aggregates for the dashboards (never a row per payment in memory).
 *
 * <p>"Received in a month" means: every payment still standing (not deleted) whose payment date falls in
 * the month, whatever it paid (an invoice or a shop order) and whether or not it is flagged for review,
 * less every refund of such a payment that has not failed (pending ones included: that money is on
 * its way back) made in the month. A payment's date is a business-zone date: the date an admin entered,
 * or the day Stripe took the money in the business time zone. A refund's date is when it was recorded,
 * in the business time zone.
 */
@Service
public class PaymentFigures {

    private final JdbcClient jdbc;
    private final Settings settings;

    PaymentFigures(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Received receivedIn(YearMonth month) {
        ZoneId zone = settings.current().timeZone();
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        return jdbc.sql("""
                SELECT (SELECT coalesce(sum(amount_cents), 0) FROM payments
                        WHERE status = 'RECORDED' AND paid_on >= ? AND paid_on < ?) AS paid,
                       (SELECT coalesce(sum(r.amount_cents), 0) FROM refunds r JOIN payments p ON p.id = r.payment_id
                        WHERE r.status <> 'FAILED' AND p.status = 'RECORDED'
                          AND r.created_at >= ? AND r.created_at < ?) AS refunded
                """)
                .params(Date.valueOf(from), Date.valueOf(to), Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new Received(month, Money.ofCents(rs.getLong("paid")),
                        Money.ofCents(rs.getLong("refunded"))))
                .single();
    }

    /** What came in during a month and what went back out; {@link #net()} is the revenue figure. */
    public record Received(YearMonth month, Money payments, Money refunds) {

        public Money net() {
            return payments.minus(refunds);
        }
    }
}

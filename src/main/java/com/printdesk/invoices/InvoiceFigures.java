package com.printdesk.invoices;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.Money;

/**
 * Money still owed, as one SQL aggregate for the dashboards (no invoice is loaded). An invoice is
 * outstanding while it is issued or partly paid with a balance above zero; it is overdue when, in
 * addition, its due date is before today in the business time zone (the same rule as the OVERDUE
 * status). Void, written-off, paid and refunded invoices owe nothing; drafts are not invoices yet.
 */
@Service
public class InvoiceFigures {

    private static final String BALANCE = "(total_cents - amount_adjusted_cents - amount_paid_cents + amount_refunded_cents)";

    private final JdbcClient jdbc;
    private final Invoices invoices;

    InvoiceFigures(JdbcClient jdbc, Invoices invoices) {
        this.jdbc = jdbc;
        this.invoices = invoices;
    }

    /** Across every client. */
    @Transactional(readOnly = true)
    public Receivables receivables() {
        return receivables(null);
    }

    /** Of one client, or of every client when {@code clientId} is null. */
    @Transactional(readOnly = true)
    public Receivables receivables(Long clientId) {
        LocalDate today = invoices.today();
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
        String forClient = "";
        if (clientId != null) {
            forClient = " AND client_id = ?";
            params.add(clientId);
        }
        return jdbc.sql("SELECT count(*) AS open_count, coalesce(sum(" + BALANCE + "), 0) AS open_cents, "
                + "count(*) FILTER (WHERE due_date < ?) AS overdue_count, "
                + "coalesce(sum(" + BALANCE + ") FILTER (WHERE due_date < ?), 0) AS overdue_cents, "
                + "min(id) AS first_id FROM invoices WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND "
                + BALANCE + " > 0" + forClient)
                .params(params)
                .query((rs, n) -> new Receivables(Money.ofCents(rs.getLong("open_cents")), rs.getInt("open_count"),
                        Money.ofCents(rs.getLong("overdue_cents")), rs.getInt("overdue_count"),
                        rs.getObject("first_id", Long.class)))
                .single();
    }

    /**
     * Outstanding and overdue money with the number of invoices behind each. {@code oldestInvoiceId} is
     * the first outstanding invoice (the only one when {@code outstandingCount} is 1), null when none.
     */
    public record Receivables(Money outstanding, int outstandingCount, Money overdue, int overdueCount,
            Long oldestInvoiceId) {
    }
}

package com.printdesk.quotes;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;

/**
 * Quotes awaiting the client's answer, for the dashboards: sent and not past their expiry date in the
 * business time zone (a quote may still be accepted on its expiry date).
 */
@Service
public class QuoteFigures {

    private static final String OPEN = "status = 'SENT' AND expiry_date >= ?";

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    QuoteFigures(JdbcClient jdbc, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many quotes of every client await an answer, and what they are worth together. */
    @Transactional(readOnly = true)
    public AwaitingAnswer awaitingAnswer() {
        return jdbc.sql("SELECT count(*) AS n, coalesce(sum(total_cents), 0) AS cents FROM quotes WHERE " + OPEN)
                .param(Date.valueOf(today()))
                .query((rs, n) -> new AwaitingAnswer(rs.getInt("n"), Money.ofCents(rs.getLong("cents")))).single();
    }

    /** A client's quotes awaiting their answer, soonest to expire first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<QuoteSummary> openForClient(long clientId, int limit) {
        LocalDate today = today();
        return jdbc.sql("""
                SELECT id, number, status, client_id, bill_to_name, bill_to_company, expiry_date, total_cents
                FROM quotes WHERE client_id = ? AND\s""" + OPEN + " ORDER BY expiry_date, id LIMIT ?")
                .params(clientId, Date.valueOf(today), limit)
                .query((rs, n) -> new QuoteRow(rs.getLong("id"), rs.getString("number"),
                        QuoteStatus.valueOf(rs.getString("status")), rs.getLong("client_id"),
                        rs.getString("bill_to_name"), rs.getString("bill_to_company"),
                        rs.getDate("expiry_date").toLocalDate(), rs.getLong("total_cents")))
                .list().stream().map(row -> row.summary(today)).toList();
    }

    /** A client's count of quotes awaiting their answer. */
    @Transactional(readOnly = true)
    public int openCountForClient(long clientId) {
        return jdbc.sql("SELECT count(*) FROM quotes WHERE client_id = ? AND " + OPEN)
                .params(clientId, Date.valueOf(today())).query(Integer.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.current().timeZone()));
    }

    public record AwaitingAnswer(int count, Money total) {
    }
}

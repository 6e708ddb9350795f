package com.printdesk.invoices;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin invoice list as SQL with only the conditions the filter uses, so each query has a plan
 * of its own and LIKE escaping is explicit. One page query, plus a count when more than one page exists.
 */
@Component
class InvoiceListQuery {

    private static final RowMapper<InvoiceRow> ROW = (rs, n) -> new InvoiceRow(rs.getLong("id"), rs.getString("number"),
            InvoiceStatus.valueOf(rs.getString("status")), rs.getLong("client_id"), rs.getString("bill_to_name"),
            rs.getString("bill_to_company"), toLocalDate(rs.getDate("issue_date")), toLocalDate(rs.getDate("due_date")),
            rs.getLong("total_cents"), rs.getLong("amount_paid_cents"), rs.getLong("amount_adjusted_cents"),
            rs.getLong("amount_refunded_cents"));

    private final JdbcClient jdbc;

    InvoiceListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<InvoiceRow> search(InvoiceFilter filter, LocalDate today, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, today, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<InvoiceRow> rows = jdbc.sql("""
                SELECT id, number, status, client_id, bill_to_name, bill_to_company, issue_date, due_date,
                       total_cents, amount_paid_cents, amount_adjusted_cents, amount_refunded_cents
                FROM invoices""" + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(ROW).list();
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : jdbc.sql("SELECT count(*) FROM invoices" + where).params(params).query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    /** A client's issued invoices (never drafts), newest issue date first: the portal's and the client API's list. */
    Page<InvoiceRow> issuedForClient(long clientId, Pageable pageable) {
        List<InvoiceRow> rows = jdbc.sql("""
                SELECT id, number, status, client_id, bill_to_name, bill_to_company, issue_date, due_date,
                       total_cents, amount_paid_cents, amount_adjusted_cents, amount_refunded_cents
                FROM invoices WHERE client_id = ? AND status <> 'DRAFT'
                ORDER BY issue_date DESC, id DESC LIMIT ? OFFSET ?""")
                .params(clientId, pageable.getPageSize(), pageable.getOffset()).query(ROW).list();
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : jdbc.sql("SELECT count(*) FROM invoices WHERE client_id = ? AND status <> 'DRAFT'").param(clientId)
                        .query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    private static String where(InvoiceFilter filter, LocalDate today, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (filter.status() != null) {
            clauses.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.clientId() != null) {
            clauses.add("client_id = ?");
            params.add(filter.clientId());
        }
        String like = filter.likePattern();
        if (like != null) {
            clauses.add("(lower(number) LIKE ? ESCAPE '\\' OR lower(bill_to_name) LIKE ? ESCAPE '\\' "
                    + "OR lower(bill_to_company) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (filter.overdueOnly()) {
            clauses.add("status IN ('ISSUED', 'PARTIALLY_PAID') AND due_date < ?");
            params.add(Date.valueOf(today));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

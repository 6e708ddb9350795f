package com.printdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.shared.LikePattern;

/** The admin quote list as SQL with only the conditions in use and explicit LIKE escaping. */
@Component
class QuoteListQuery {

    private static final RowMapper<QuoteRow> ROW = (rs, n) -> new QuoteRow(rs.getLong("id"), rs.getString("number"),
            QuoteStatus.valueOf(rs.getString("status")), rs.getLong("client_id"), rs.getString("bill_to_name"),
            rs.getString("bill_to_company"), rs.getDate("expiry_date").toLocalDate(), rs.getLong("total_cents"));

    private final JdbcClient jdbc;

    QuoteListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<QuoteRow> search(QuoteStatus status, String search, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        if (status != null) {
            clauses.add("status = ?");
            params.add(status.name());
        }
        if (search != null && !search.isBlank()) {
            String like = LikePattern.containing(search.toLowerCase(Locale.ROOT));
            clauses.add("(lower(number) LIKE ? ESCAPE '\\' OR lower(bill_to_name) LIKE ? ESCAPE '\\' "
                    + "OR lower(bill_to_company) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<QuoteRow> rows = jdbc.sql("""
                SELECT id, number, status, client_id, bill_to_name, bill_to_company, expiry_date, total_cents
                FROM quotes""" + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(ROW).list();
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : jdbc.sql("SELECT count(*) FROM quotes" + where).params(params).query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }
}

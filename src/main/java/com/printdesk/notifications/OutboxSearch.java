package com.printdesk.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.LikePattern;

/** The admin list of the outbox: newest first, by status and recipient, a page at a time. */
@Component
class OutboxSearch {

    static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;

    OutboxSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    EmailPage search(EmailStatus status, String recipient, int page) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (status != null) {
            clauses.add("status = ?");
            params.add(status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            clauses.add("lower(recipient) LIKE ? ESCAPE '\\'");
            params.add(LikePattern.containing(recipient.strip().toLowerCase(Locale.ROOT)));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) page * PAGE_SIZE);
        List<OutboxEmail> rows = jdbc.sql("SELECT * FROM outbox_emails" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?").params(pageParams).query(OutboxRows.ROW).list();
        long total = page == 0 && rows.size() < PAGE_SIZE ? rows.size()
                : jdbc.sql("SELECT count(*) FROM outbox_emails" + where).params(params).query(Long.class).single();
        return new EmailPage(rows, page, total, PAGE_SIZE);
    }
}

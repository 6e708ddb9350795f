package com.printdesk.payments;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.LikePattern;

/** The admin Payments list: payments narrowed by method, date and text, a page at a time, newest first. */
@Component
class PaymentSearch {

    static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;

    PaymentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the admin narrowed the list to; every field is optional. */
    record Filter(PaymentMethod method, LocalDate from, LocalDate to, String text, boolean flaggedOnly) {

        String where(List<Object> params) {
            List<String> conditions = new ArrayList<>();
            if (flaggedOnly) {
                conditions.add("flagged");
            }
            if (method != null) {
                conditions.add("method = ?");
                params.add(method.name());
            }
            if (from != null) {
                conditions.add("paid_on >= ?");
                params.add(Date.valueOf(from));
            }
            if (to != null) {
                conditions.add("paid_on <= ?");
                params.add(Date.valueOf(to));
            }
            if (text != null && !text.isBlank()) {
                // a reference, a Stripe ID or the payable's number as typed (#123 or 123)
                String like = LikePattern.containing(text);
                conditions.add("(reference ILIKE ? OR processor_id ILIKE ? OR note ILIKE ? OR payable_id::text = ?)");
                params.addAll(List.of(like, like, like, text.strip().replaceFirst("^#", "")));
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    record Page(List<PaymentView> payments, int number, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @Transactional(readOnly = true)
    Page search(Filter filter, int page) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        long total = jdbc.sql("SELECT count(*) FROM payments" + where).params(params).query(Long.class).single();
        int number = (int) Math.min(Math.max(0, page), Math.max(0, (total - 1) / PAGE_SIZE));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) number * PAGE_SIZE);
        List<PaymentView> payments = jdbc.sql("SELECT * FROM payments" + where
                        + " ORDER BY paid_on DESC, created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(Payments.VIEW).list();
        return new Page(payments, number, total);
    }
}

package com.printdesk.clients;

import java.util.Locale;

import org.springframework.data.domain.Sort;

/**
 * Which clients to list and in which order, as the admin list's query parameters carry it. Unknown
 * sort keys and directions fall back to the default instead of reaching the query.
 *
 * @param text matched case-insensitively anywhere in name, company or email; blank matches everyone
 */
public record ClientSearch(String text, Column sort, boolean descending, boolean includeArchived) {

    public ClientSearch {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Column.NAME : sort;
    }

    public static ClientSearch all() {
        return new ClientSearch("", Column.NAME, false, false);
    }

    /** From request parameters, whitelisting the sort column and direction. */
    public static ClientSearch of(String text, String sort, String direction, boolean includeArchived) {
        return new ClientSearch(text, Column.parse(sort), "desc".equalsIgnoreCase(direction), includeArchived);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }

    /** The order for the query; the ID breaks ties so pages never overlap or skip a row. */
    Sort order() {
        Sort.Order order = descending ? Sort.Order.desc(sort.property) : Sort.Order.asc(sort.property);
        if (sort.text) {
            order = order.ignoreCase();
        }
        return Sort.by(order.nullsLast(), descending ? Sort.Order.desc("id") : Sort.Order.asc("id"));
    }

    /** The columns the list may be sorted by. */
    public enum Column {
        NAME("name", true), COMPANY("company", true), EMAIL("email", true), CREATED("createdAt", false);

        private final String property;
        private final boolean text;

        Column(String property, boolean text) {
            this.property = property;
            this.text = text;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Column parse(String key) {
            for (Column column : values()) {
                if (column.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return column;
                }
            }
            return NAME;
        }
    }
}

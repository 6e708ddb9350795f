package com.printdesk.clients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links of the client list that keep the current search, order and filter: page links, column
 * headers (a second click reverses the order), the archived filter and the CSV export.
 */
record ClientListLinks(ClientSearch search) {

    public String page(int number) {
        return build("/admin/clients", search, number);
    }

    public String sortBy(String column) {
        ClientSearch.Column target = ClientSearch.Column.valueOf(column.toUpperCase(Locale.ROOT));
        boolean descending = target == search.sort() && !search.descending();
        return build("/admin/clients",
                new ClientSearch(search.text(), target, descending, search.includeArchived()), 1);
    }

    /** "▲" or "▼" beside the column the list is sorted by. */
    public String arrow(String column) {
        if (!search.sort().key().equals(column)) {
            return "";
        }
        return search.descending() ? "▼" : "▲";
    }

    public String csv() {
        return build("/admin/clients.csv", search, 1);
    }

    public String includingArchived() {
        return build("/admin/clients",
                new ClientSearch(search.text(), search.sort(), search.descending(), true), 1);
    }

    /** Form encoding on purpose: a "+" in a search ("+61") must not come back as a space. */
    private static String build(String path, ClientSearch search, int page) {
        List<String> params = new ArrayList<>();
        if (search.hasText()) {
            params.add("q=" + URLEncoder.encode(search.text(), StandardCharsets.UTF_8));
        }
        if (search.sort() != ClientSearch.Column.NAME || search.descending()) {
            params.add("sort=" + search.sort().key());
            params.add("dir=" + search.direction());
        }
        if (search.includeArchived()) {
            params.add("archived=true");
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }
}

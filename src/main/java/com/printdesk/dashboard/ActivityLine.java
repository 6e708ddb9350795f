package com.printdesk.dashboard;

import java.util.Map;
import java.util.function.LongFunction;

import com.printdesk.activity.ActivityEntry;

/** An activity entry with the admin page of the record it is about, or no link when there is none to show. */
record ActivityLine(ActivityEntry entry, String link) {

    /**
     * Where each kind of record lives in the back office, by the entity type its events log. A module
     * that starts logging activity (jobs, orders) adds its line here.
     */
    private static final Map<String, LongFunction<String>> PAGES = Map.of(
            "client", id -> "/admin/clients/" + id,
            "quote", id -> "/admin/quotes/" + id,
            "invoice", id -> "/admin/invoices/" + id,
            "job", id -> "/admin/jobs/" + id,
            "settings", id -> "/admin/settings",
            "material", id -> "/admin/catalog/materials/" + id,
            "printer", id -> "/admin/catalog/printers/" + id,
            "product template", id -> "/admin/catalog/templates/" + id);

    static ActivityLine of(ActivityEntry entry) {
        LongFunction<String> page = PAGES.get(entry.entityType());
        // a deleted record has no page any more
        boolean gone = "deleted".equals(entry.action());
        return new ActivityLine(entry, page == null || gone ? null : page.apply(entry.entityId()));
    }
}

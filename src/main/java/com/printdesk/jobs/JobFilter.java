package com.printdesk.jobs;

import java.util.List;

/**
 * What the jobs list and the board are narrowed by; every part optional. {@code sort} is one of
 * {@link #SORTS} (anything else sorts newest first).
 */
public record JobFilter(String search, JobStatus status, Long materialId, Long clientId, Long printerId,
        boolean overdueOnly, String sort) {

    public static final List<String> SORTS = List.of("newest", "due", "priority", "client", "status");

    public static JobFilter none() {
        return new JobFilter(null, null, null, null, null, false, null);
    }

    public String sortOrDefault() {
        return sort != null && SORTS.contains(sort) ? sort : "newest";
    }
}

package com.printdesk.clients;

/** A client as other modules see it. */
public record ClientSummary(long id, String name, String company, String email, String phone, boolean archived,
        java.time.Instant createdAt) {

    /** "Name (Company)" or just the name. */
    public String displayName() {
        return company == null ? name : name + " (" + company + ")";
    }
}

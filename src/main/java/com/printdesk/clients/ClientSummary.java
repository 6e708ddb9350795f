package com.printdesk.clients;

import java.time.Instant;

import com.printdesk.shared.Abn;

/**
 * A client as other modules see it (invoices and PDFs print the ABN and billing address).
 *
 * @param abn 11 digits, or null
 * @param paymentTermsDays this client's payment terms, or null when the business default applies
 * @param paymentReminders false when the client opted out of overdue payment reminders
 */
public record ClientSummary(long id, String name, String company, String email, String phone, boolean archived,
        Instant createdAt, String abn, String billingAddress, String notes, Integer paymentTermsDays,
        boolean paymentReminders) {

    /** "Name (Company)" or just the name. */
    public String displayName() {
        return company == null ? name : name + " (" + company + ")";
    }

    /** The ATO's display form, {@code 51 824 753 556}, or null without an ABN. */
    public String formattedAbn() {
        return abn == null ? null : new Abn(abn).formatted();
    }
}

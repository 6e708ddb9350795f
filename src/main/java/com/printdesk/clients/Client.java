package com.printdesk.clients;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.Abn;

/** A customer of the bureau: a person, usually at a company. */
@Entity
@Table(name = "clients")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String company;

    @Column(nullable = false)
    private String email;

    private String phone;

    /** 11 digits, or null. */
    private String abn;

    @Column(name = "billing_address")
    private String billingAddress;

    private String notes;

    /** Null means the business default applies, so a later change of the default reaches this client too. */
    @Column(name = "payment_terms_days")
    private Integer paymentTermsDays;

    /** False: the client asked not to get overdue payment reminders. */
    @Column(name = "payment_reminders", nullable = false)
    private boolean paymentReminders = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(ClientDetails details, Instant now) {
        this.createdAt = now;
        change(details);
    }

    /** What the client may change themselves in the portal; the back-office fields stay as they are. */
    void change(ContactDetails details) {
        this.name = details.name().strip();
        this.company = blankToNull(details.company());
        this.email = details.email().strip().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(details.phone());
    }

    void change(ClientDetails details) {
        change(details.contact());
        this.abn = blankToNull(details.abn()) == null ? null : Abn.parse(details.abn().strip()).digits();
        this.billingAddress = blankToNull(details.billingAddress());
        this.notes = blankToNull(details.notes());
        this.paymentTermsDays = details.paymentTermsDays();
        this.paymentReminders = details.paymentReminders();
    }

    /** Archiving twice keeps the first date: it says since when the client has been archived. */
    void archive(Instant now) {
        if (archivedAt == null) {
            this.archivedAt = now;
        }
    }

    void unarchive() {
        this.archivedAt = null;
    }

    boolean archived() {
        return archivedAt != null;
    }

    ClientSummary summary() {
        return new ClientSummary(id, name, company, email, phone, archivedAt != null, createdAt, abn,
                billingAddress, notes, paymentTermsDays, paymentReminders);
    }

    ClientDetails details() {
        return new ClientDetails(name, company, email, phone, abn == null ? null : new Abn(abn).formatted(),
                billingAddress, notes, paymentTermsDays, paymentReminders);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

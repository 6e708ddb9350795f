package com.printdesk.clients;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(ContactDetails details, Instant now) {
        this.createdAt = now;
        change(details);
    }

    void change(ContactDetails details) {
        this.name = details.name().strip();
        this.company = blankToNull(details.company());
        this.email = details.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(details.phone());
    }

    ClientSummary summary() {
        return new ClientSummary(id, name, company, email, phone, archivedAt != null, createdAt);
    }

    Long id() {
        return id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.printdesk.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What materials, printers and templates share: they are deactivated instead of deleted (quotes,
 * invoices and jobs keep referring to them by ID) and remember when they last changed.
 */
@MappedSuperclass
abstract class CatalogEntry {

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CatalogEntry() {
    }

    CatalogEntry(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** False when it already was in that state, so callers record only real changes. */
    boolean activate(boolean active, Instant now) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        touched(now);
        return true;
    }

    boolean isActive() {
        return active;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

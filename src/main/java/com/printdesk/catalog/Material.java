package com.printdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.Rate;

/** A filament or resin the bureau prints with, priced per gram. Never deleted: quotes refer to it. */
@Entity
@Table(name = "materials")
class Material extends CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialType type;

    private String colour;

    @Column(nullable = false)
    private BigDecimal density;

    @Column(name = "price_per_gram", nullable = false)
    private BigDecimal pricePerGram;

    @Version
    private long version;

    protected Material() {
    }

    Material(MaterialForm form, Instant now) {
        super(now);
        change(form, now);
    }

    void change(MaterialForm form, Instant now) {
        this.name = form.name().strip();
        this.type = form.type();
        this.colour = blankToNull(form.colour());
        this.density = form.density();
        this.pricePerGram = new Rate(form.pricePerGram()).dollars();
        touched(now);
    }

    MaterialView view() {
        return new MaterialView(id, name, type, colour, density, new Rate(pricePerGram), isActive());
    }

    MaterialForm form() {
        return new MaterialForm(name, type, colour, density, pricePerGram, version);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }
}

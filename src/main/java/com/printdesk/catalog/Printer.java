package com.printdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.Rate;

/** A machine of the bureau: its build volume, nozzle, PrusaSlicer profile and the materials it can print. */
@Entity
@Table(name = "printers")
class Printer extends CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String model;

    @Column(name = "build_x_mm", nullable = false)
    private int x;

    @Column(name = "build_y_mm", nullable = false)
    private int y;

    @Column(name = "build_z_mm", nullable = false)
    private int z;

    @Column(name = "nozzle_mm", nullable = false)
    private BigDecimal nozzle;

    @Column(name = "slicer_profile", nullable = false)
    private String slicerProfile;

    // by ID: a printer does not own materials, it lists which ones it can print
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "printer_materials", joinColumns = @JoinColumn(name = "printer_id"))
    @Column(name = "material_id", nullable = false)
    private Set<Long> materialIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrinterStatus status;

    // null: charged at the business's machine hour rate
    @Column(name = "hour_rate")
    private BigDecimal hourRate;

    @Column(name = "shop_default", nullable = false)
    private boolean shopDefault;

    @Version
    private long version;

    protected Printer() {
    }

    Printer(PrinterForm form, Instant now) {
        super(now);
        change(form, now);
    }

    void change(PrinterForm form, Instant now) {
        this.name = form.name().strip();
        this.model = form.model().strip();
        this.x = form.x();
        this.y = form.y();
        this.z = form.z();
        this.nozzle = form.nozzle();
        this.slicerProfile = form.slicerProfile();
        this.materialIds.clear();
        this.materialIds.addAll(form.materialIds());
        this.status = form.status();
        this.hourRate = form.hourRate() == null || form.hourRate().isBlank() ? null
                : Rate.parse(form.hourRate()).dollars();
        this.shopDefault = form.shopDefault();
        touched(now);
    }

    PrinterView view() {
        return new PrinterView(id, name, model, x, y, z, nozzle, slicerProfile, materialIds, status, isActive(),
                hourRate == null ? null : new Rate(hourRate), shopDefault);
    }

    PrinterForm form() {
        return new PrinterForm(name, model, x, y, z, nozzle, slicerProfile, materialIds, status,
                hourRate == null ? "" : new Rate(hourRate).plain(), shopDefault, version);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }
}

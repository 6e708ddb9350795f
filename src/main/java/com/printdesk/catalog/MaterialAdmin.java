package com.printdesk.catalog;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.printdesk.shared.NotFound;

/**
 * Adds, changes, deactivates and reactivates materials; each change is published for the activity log.
 * Forms are validated here as well as on the page, so every caller gets the same field rules.
 */
@Service
@Validated
public class MaterialAdmin {

    private final Materials materials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MaterialAdmin(Materials materials, ApplicationEventPublisher events, Clock clock) {
        this.materials = materials;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public MaterialView create(@Valid MaterialForm form) {
        Material material = materials.save(new Material(form, clock.instant()));
        return published(material, "created");
    }

    /** Refuses a form based on an older version, so one admin never silently overwrites another. */
    @Transactional
    public MaterialView update(long id, @Valid MaterialForm form) {
        Material material = find(id);
        StaleEdits.refuseIfChanged(form.version(), material.version());
        material.change(form, clock.instant());
        return published(material, "updated");
    }

    @Transactional
    public void deactivate(long id) {
        Material material = find(id);
        if (material.activate(false, clock.instant())) {
            published(material, "deactivated");
        }
    }

    @Transactional
    public void reactivate(long id) {
        Material material = find(id);
        if (material.activate(true, clock.instant())) {
            published(material, "reactivated");
        }
    }

    /** Every material, deactivated ones too, for the admin pages. */
    @Transactional(readOnly = true)
    List<MaterialView> all() {
        return materials.findAllByOrderByNameAscColourAsc().stream().map(Material::view).toList();
    }

    @Transactional(readOnly = true)
    MaterialForm form(long id) {
        return find(id).form();
    }

    private Material find(long id) {
        return materials.findById(id).orElseThrow(() -> new NotFound("Material"));
    }

    private MaterialView published(Material material, String action) {
        StaleEdits.flush(materials);
        MaterialView view = material.view();
        events.publishEvent(MaterialSaved.now(action, view.id(), "Material " + view.label() + " " + action, clock));
        return view;
    }
}

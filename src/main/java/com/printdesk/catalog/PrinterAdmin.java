package com.printdesk.catalog;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.printdesk.shared.NotFound;

/**
 * Adds, changes, deactivates and reactivates printers. A printer must name a slicer profile this build
 * ships (the slicer cannot run without it), a name no other printer has, and materials that exist.
 * Forms are validated here as well as on the page, so every caller gets the same field rules.
 */
@Service
@Validated
public class PrinterAdmin {

    private final Printers printers;
    private final Materials materials;
    private final SlicerProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrinterAdmin(Printers printers, Materials materials, SlicerProfiles profiles, ApplicationEventPublisher events,
            Clock clock) {
        this.printers = printers;
        this.materials = materials;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PrinterView create(@Valid PrinterForm form) {
        check(form);
        if (printers.existsByNameIgnoreCase(form.name().strip())) {
            throw nameTaken();
        }
        takeShopMark(form, -1L);
        Printer printer = printers.save(new Printer(form, clock.instant()));
        return published(printer, "created");
    }

    @Transactional
    public PrinterView update(long id, @Valid PrinterForm form) {
        Printer printer = find(id);
        StaleEdits.refuseIfChanged(form.version(), printer.version());
        check(form);
        if (printers.existsByNameIgnoreCaseAndIdNot(form.name().strip(), id)) {
            throw nameTaken();
        }
        takeShopMark(form, id);
        printer.change(form, clock.instant());
        return published(printer, "updated");
    }

    @Transactional
    public void deactivate(long id) {
        Printer printer = find(id);
        if (printer.activate(false, clock.instant())) {
            published(printer, "deactivated");
        }
    }

    @Transactional
    public void reactivate(long id) {
        Printer printer = find(id);
        if (printer.activate(true, clock.instant())) {
            published(printer, "reactivated");
        }
    }

    @Transactional(readOnly = true)
    List<PrinterView> all() {
        return printers.findAllByOrderByNameAsc().stream().map(Printer::view).toList();
    }

    @Transactional(readOnly = true)
    PrinterForm form(long id) {
        return find(id).form();
    }

    private void check(PrinterForm form) {
        if (!profiles.exists(form.slicerProfile())) {
            throw new InvalidCatalogField("slicerProfile", "Choose one of the slicer profiles: "
                    + String.join(", ", profiles.names()));
        }
        if (materials.findAllById(form.materialIds()).size() != form.materialIds().size()) {
            throw new InvalidCatalogField("materialIds", "Choose materials from the list");
        }
    }

    /** Before this printer is written, so the one-shop-printer index never sees two marks. */
    private void takeShopMark(PrinterForm form, long keep) {
        if (form.shopDefault()) {
            printers.clearShopDefaultExcept(keep);
        }
    }

    private Printer find(long id) {
        return printers.findById(id).orElseThrow(() -> new NotFound("Printer"));
    }

    private PrinterView published(Printer printer, String action) {
        try {
            StaleEdits.flush(printers);
        }
        catch (DataIntegrityViolationException ex) {
            if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("printers_one_shop_default")) {
                throw new InvalidCatalogField("shopDefault",
                        "Another printer was chosen to price the shop at the same moment. Reload and try again.");
            }
            // another admin took the name between our check and this write; the unique index caught it
            throw nameTaken();
        }
        PrinterView view = printer.view();
        events.publishEvent(PrinterSaved.now(action, view.id(), "Printer " + view.name() + " " + action, clock));
        return view;
    }

    private static InvalidCatalogField nameTaken() {
        return new InvalidCatalogField("name", "Another printer already has this name");
    }
}

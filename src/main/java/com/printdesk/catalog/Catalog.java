package com.printdesk.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as other modules read it. Lists hold only active entries (what may be offered on a new
 * quote); lookups by ID also find deactivated ones, with {@code active} false, because existing quotes,
 * invoices and jobs still refer to them.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final Materials materials;
    private final Printers printers;
    private final ProductTemplates templates;

    Catalog(Materials materials, Printers printers, ProductTemplates templates) {
        this.materials = materials;
        this.printers = printers;
        this.templates = templates;
    }

    /** Sorted by name, then colour. */
    public List<MaterialView> activeMaterials() {
        return materials.findByActiveTrueOrderByNameAscColourAsc().stream().map(Material::view).toList();
    }

    public Optional<MaterialView> material(long id) {
        return materials.findById(id).map(Material::view);
    }

    /** Sorted by name. */
    public List<PrinterView> activePrinters() {
        return printers.findByActiveTrueOrderByNameAsc().stream().map(Printer::view).toList();
    }

    public Optional<PrinterView> printer(long id) {
        return printers.findById(id).map(Printer::view);
    }

    /** Sorted by name. */
    public List<ProductTemplateView> activeTemplates() {
        return templates.findByActiveTrueOrderByNameAsc().stream().map(ProductTemplate::view).toList();
    }

    public Optional<ProductTemplateView> template(long id) {
        return templates.findById(id).map(ProductTemplate::view);
    }
}

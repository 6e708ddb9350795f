package com.printdesk.catalog;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * Catalog entries for tests, each with a unique name: every test context shares one database, so tests
 * never rely on what others created. A plain class, not a bean, so it cannot leak into the dev run.
 */
class CatalogFixtures {

    static final String MK3S = "prusa-mk3s-250x210x220";

    final MaterialAdmin materials;
    final PrinterAdmin printers;
    final ProductTemplateAdmin templates;

    CatalogFixtures(MaterialAdmin materials, PrinterAdmin printers, ProductTemplateAdmin templates) {
        this.materials = materials;
        this.printers = printers;
        this.templates = templates;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MaterialView material() {
        return materials.create(new MaterialForm(unique("PLA"), MaterialType.PLA, "Orange", new BigDecimal("1.24"),
                new BigDecimal("0.0500"), 0));
    }

    PrinterView printer(Long... materialIds) {
        return printers.create(new PrinterForm(unique("Printer"), "Original Prusa i3 MK3S+", 250, 210, 220,
                new BigDecimal("0.4"), MK3S, Set.of(materialIds), PrinterStatus.IDLE, 0));
    }

    ProductTemplateView fixedTemplate(String price) {
        return templates.create(new ProductTemplateForm(unique("Cube"), "A test cube", PricingMode.FIXED,
                new BigDecimal(price), null, null, null, new BigDecimal("0.20"), 15, false, 0));
    }

    ProductTemplateView byMaterialTemplate(long materialId) {
        return templates.create(new ProductTemplateForm(unique("Custom part"), null, PricingMode.BY_MATERIAL, null,
                materialId, new BigDecimal("50"), new BigDecimal("3"), new BigDecimal("0.20"), 15, true, 0));
    }
}

package com.printdesk.dev;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PricingMode;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.ProductTemplateAdmin;
import com.printdesk.catalog.ProductTemplateForm;

/**
 * Demo printers and product templates of the embedded dev run (the materials come from the migration),
 * added through the same services as the admin pages, only while there are none.
 */
@Component
@Profile("dev")
class DevCatalogData {

    private static final Logger log = LoggerFactory.getLogger(DevCatalogData.class);
    private final Catalog catalog;
    private final PrinterAdmin printers;
    private final ProductTemplateAdmin templates;

    DevCatalogData(Catalog catalog, PrinterAdmin printers, ProductTemplateAdmin templates) {
        this.catalog = catalog;
        this.printers = printers;
        this.templates = templates;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        List<MaterialView> materials = catalog.activeMaterials();
        if (catalog.activePrinters().isEmpty()) {
            Set<Long> all = materials.stream().map(MaterialView::id).collect(Collectors.toSet());
            // the MK3S prices the shop; the bigger, dearer machine takes what does not fit it
            printers.create(new PrinterForm("MK3S #1", "Original Prusa i3 MK3S+", 250, 210, 220,
                    new BigDecimal("0.4"), "prusa-mk3s-250x210x220", all, PrinterStatus.IDLE, "", true, 0));
            printers.create(new PrinterForm("Big Box", "Generic 256 mm CoreXY", 256, 256, 256,
                    new BigDecimal("0.4"), "generic-256x256x256", all, PrinterStatus.IDLE, "6.50", false, 0));
            log.info("Dev catalog: added 2 demo printers");
        }
        if (catalog.activeTemplates().isEmpty()) {
            Long pla = materials.stream().filter(m -> m.type() == MaterialType.PLA).map(MaterialView::id)
                    .findFirst().orElse(null);
            templates.create(fixed("Calibration cube", "20 mm calibration cube in PLA", "12.00"));
            templates.create(new ProductTemplateForm("Custom part (PLA)", "A part printed from your model in PLA",
                    PricingMode.BY_MATERIAL, null, pla, new BigDecimal("50"), new BigDecimal("3"),
                    new BigDecimal("0.20"), 15, false, 0));
            templates.create(fixed("Bracket set", "Set of four shelf brackets in PETG", "48.00"));
            log.info("Dev catalog: added 3 demo product templates");
        }
    }

    private static ProductTemplateForm fixed(String name, String description, String price) {
        return new ProductTemplateForm(name, description, PricingMode.FIXED, new BigDecimal(price), null, null, null,
                new BigDecimal("0.20"), 15, false, 0);
    }
}

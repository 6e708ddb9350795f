package com.printdesk.ordering;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.PrinterView;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Rate;
import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.BuildVolume;

/**
 * Which printer prices a shop item: the printer marked to price the shop when the model fits it and it
 * prints the material, or else the cheapest active one (by machine hour rate, then name) that does.
 */
@Component
class ShopPrinters {

    private final Catalog catalog;
    private final Settings settings;

    ShopPrinters(Catalog catalog, Settings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The active printers and the business rate, read once for a whole order rather than per item. */
    Fleet fleet() {
        return new Fleet(catalog.activePrinters(), settings.current().pricing().machineHourRate());
    }

    record Fleet(List<PrinterView> active, Rate businessRate) {
    }

    /** The printer, or why there is none, in words for the client. */
    sealed interface Choice {
    }

    record Chosen(PrinterView printer, Rate hourRate) implements Choice {
    }

    record NoPrinter(String reason) implements Choice {
    }

    Choice choose(Fleet fleet, BoundingBox size, int objects, long materialId) {
        Rate businessRate = fleet.businessRate();
        List<PrinterView> printing = fleet.active().stream().filter(p -> p.supports(materialId)).toList();
        if (printing.isEmpty()) {
            return new NoPrinter("None of our printers prints this material at the moment. Choose another one.");
        }
        // a file of several objects is arranged on the plate by the slicing step, which refuses what cannot share it
        List<PrinterView> fitting = printing.stream().filter(p -> objects > 1 || volume(p).fits(size)).toList();
        Optional<PrinterView> chosen = fitting.stream().filter(PrinterView::shopDefault).findFirst()
                .or(() -> fitting.stream().min(Comparator.comparing((PrinterView p) -> p.hourRateOr(businessRate))
                        .thenComparing(PrinterView::name)));
        if (chosen.isEmpty()) {
            PrinterView largest = printing.stream()
                    .max(Comparator.comparingLong(p -> (long) p.x() * p.y() * p.z())).orElseThrow();
            return new NoPrinter(String.format(java.util.Locale.ROOT,
                    "This model is %.1f × %.1f × %.1f mm, larger than our largest printer for this material "
                            + "(%s). Scale it down or split it into parts.",
                    size.sizeX(), size.sizeY(), size.sizeZ(), largest.buildVolume()));
        }
        return new Chosen(chosen.get(), chosen.get().hourRateOr(businessRate));
    }

    private static BuildVolume volume(PrinterView printer) {
        return new BuildVolume(printer.name(), printer.x(), printer.y(), printer.z());
    }
}

package com.printdesk.ordering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialView;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.Settings;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;
import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.SliceJob;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.Slicing;

/**
 * Prices a shop order on the server, whatever the page shows: per item (grams × the material's price
 * per gram + hours × the printer's hour rate) × (1 + markup), times the quantity; then the setup fee,
 * a top-up to the minimum order value, shipping, and GST through the same calculation invoices use, so
 * the amount charged is the invoice's total to the cent. Each call requests the slices it needs; the
 * slicing cache makes asking again cheap, so the page polls this until every item is priced.
 */
@Service
class ShopPricing {

    private final TmpFiles tmpFiles;
    private final Catalog catalog;
    private final Settings settings;
    private final ShopPrinters printers;
    private final Slicing slicing;

    ShopPricing(TmpFiles tmpFiles, Catalog catalog, Settings settings, ShopPrinters printers, Slicing slicing) {
        this.tmpFiles = tmpFiles;
        this.catalog = catalog;
        this.settings = settings;
        this.printers = printers;
        this.slicing = slicing;
    }

    /**
     * @throws NotFound when a file is not one of this user's uploads
     * @throws InvalidShopOrder when an item's material or settings cannot be used
     */
    ShopQuote quote(long userId, List<ItemChoice> choices, Delivery delivery) {
        if (choices.isEmpty()) {
            throw new InvalidShopOrder("items", "Add at least one model to the order");
        }
        BusinessProfile profile = settings.current();
        ShopPrinters.Fleet fleet = printers.fleet();
        Map<Long, MaterialView> materials = new HashMap<>();
        List<QuotedItem> items = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            items.add(item(userId, i, choices.get(i), profile.pricing(), fleet, materials));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).state() == SliceState.FAILED) {
                problems.add("Item " + (i + 1) + " (" + items.get(i).fileName() + "): " + items.get(i).failureReason());
            }
        }
        Money goods = items.stream().filter(QuotedItem::priced).map(QuotedItem::lineTotal).reduce(Money.ZERO, Money::plus);
        Money setupFee = profile.pricing().setupFee();
        Money topUp = profile.pricing().minimumOrder().minus(goods.plus(setupFee)).max(Money.ZERO);
        DocumentDetails details = details(items, materials, delivery, setupFee, topUp, profile.pricing());
        boolean ready = problems.isEmpty() && items.stream().allMatch(QuotedItem::priced);
        return new ShopQuote(items, details, details.totals(profile.gstRegistered()), ready, problems, setupFee,
                topUp);
    }

    private QuotedItem item(long userId, int index, ItemChoice choice, BusinessProfile.Pricing pricing,
            ShopPrinters.Fleet fleet, Map<Long, MaterialView> materials) {
        UploadedFile file = tmpFiles.find(choice.fileId(), userId).orElseThrow(() -> new NotFound("Model"));
        MaterialView material = materials.computeIfAbsent(choice.materialId(), id -> catalog.material(id)
                .filter(MaterialView::active).orElseThrow(() -> new InvalidShopOrder(field(index, "materialId"),
                        "Choose one of the materials")));
        SliceSettings sliceSettings = settings(index, choice, file);
        double scale = sliceSettings.scale().doubleValue();
        BoundingBox size = new BoundingBox(0, 0, 0, file.bounds().sizeX() * scale, file.bounds().sizeY() * scale,
                file.bounds().sizeZ() * scale);
        ShopPrinters.Choice printer = printers.choose(fleet, size, file.objects(), material.id());
        if (printer instanceof ShopPrinters.NoPrinter none) {
            return new QuotedItem(choice, file.originalName(), file.sha256(), 0, SliceState.FAILED, false,
                    none.reason(), null, null, null, null, null, null);
        }
        ShopPrinters.Chosen chosen = (ShopPrinters.Chosen) printer;
        SliceResult slice = slicing.request(new SliceJob(file.sha256(), file.storageKey(), file.meshKeys(),
                facts(file), chosen.printer().id(), sliceSettings));
        if (slice.state() != SliceState.COMPLETED) {
            return new QuotedItem(choice, file.originalName(), file.sha256(), slice.id(), slice.state(),
                    slice.estimate(), slice.failureReason(), chosen.printer().id(), chosen.printer().name(), null,
                    null, null, null);
        }
        BigDecimal grams = slice.grams(material.density());
        BigDecimal hours = slice.printHours();
        BigDecimal cost = material.pricePerGram().dollars().multiply(grams)
                .add(chosen.hourRate().dollars().multiply(hours));
        Money unit = Money.of(cost.multiply(BigDecimal.ONE.add(pricing.markupPercent().movePointLeft(2))));
        return new QuotedItem(choice, file.originalName(), file.sha256(), slice.id(), slice.state(), slice.estimate(),
                null, chosen.printer().id(), chosen.printer().name(), grams, hours, unit,
                unit.times(BigDecimal.valueOf(choice.quantity())));
    }

    private static SliceSettings settings(int index, ItemChoice choice, UploadedFile file) {
        boolean offered = choice.scale().compareTo(BigDecimal.ONE) == 0 || (file.unitSuggestion() != null
                && file.unitSuggestion().scales().stream()
                        .anyMatch(s -> BigDecimal.valueOf(s.factor()).compareTo(choice.scale()) == 0));
        if (!offered) {
            throw new InvalidShopOrder(field(index, "scale"), "Choose the size as uploaded or one of the unit "
                    + "changes offered for this model");
        }
        try {
            return choice.sliceSettings();
        }
        catch (IllegalArgumentException | NullPointerException ex) {
            throw new InvalidShopOrder(field(index, "settings"), ex.getMessage());
        }
    }

    private static MeshFacts facts(UploadedFile file) {
        return new MeshFacts(file.volumeMm3(), file.surfaceAreaMm2(), file.bounds().sizeX(), file.bounds().sizeY(),
                file.bounds().sizeZ());
    }

    private DocumentDetails details(List<QuotedItem> items, Map<Long, MaterialView> materials, Delivery delivery,
            Money setupFee, Money topUp, BusinessProfile.Pricing pricing) {
        List<LineItem> lines = new ArrayList<>();
        Money goods = Money.ZERO;
        for (QuotedItem item : items) {
            if (item.priced()) {
                lines.add(line(item, materials.get(item.choice().materialId())));
                goods = goods.plus(item.lineTotal());
            }
        }
        if (setupFee.isPositive()) {
            lines.add(LineItem.simple("Setup fee", BigDecimal.ONE, setupFee));
            goods = goods.plus(setupFee);
        }
        if (topUp.isPositive()) {
            lines.add(LineItem.simple("Minimum order top-up (minimum order " + pricing.minimumOrder().formatted() + ")",
                    BigDecimal.ONE, topUp));
            goods = goods.plus(topUp);
        }
        Money shipping = delivery.shipped() ? pricing.shippingFor(goods) : Money.ZERO;
        String shippingDescription = delivery.shipped() ? "Shipping to " + delivery.summary() : null;
        return new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE, null, lines, null, shippingDescription,
                shipping, null, null);
    }

    /** A printable line: material, grams and hours make it a print job once the invoice exists. */
    private static LineItem line(QuotedItem item, MaterialView material) {
        ItemChoice c = item.choice();
        String description = String.format(Locale.ROOT, "%s — %s, %s mm layers, %d %% infill%s%s", item.fileName(),
                material.label(), c.layerHeight().setScale(2).toPlainString(), c.infillPercent(),
                c.supports() ? ", supports" : "", c.scale().compareTo(BigDecimal.ONE) == 0 ? ""
                        : ", scaled ×" + c.scale().stripTrailingZeros().toPlainString());
        return new LineItem(description, BigDecimal.valueOf(c.quantity()), item.unitPrice(), BigDecimal.ZERO, false,
                null, c.materialId(), item.gramsPerUnit(), item.hoursPerUnit());
    }

    private static String field(int index, String name) {
        return "items[" + index + "]." + name;
    }
}

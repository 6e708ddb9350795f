package com.printdesk.catalog;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.Settings;
import com.printdesk.shared.LinePricing;
import com.printdesk.shared.Money;

/**
 * The bureau's price for a printed part: (grams × the material's price per gram + hours × the
 * machine hour rate) plus the markup, rounded half up to the cent. A fixed-price template is its price.
 */
@Component
class CatalogLinePricing implements LinePricing {

    private final Catalog catalog;
    private final Settings settings;

    CatalogLinePricing(Catalog catalog, Settings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @Override
    public Priced price(Long templateId, Long materialId, BigDecimal grams, BigDecimal hours) {
        if (templateId != null) {
            ProductTemplateView template = catalog.template(templateId)
                    .orElseThrow(() -> new IllegalArgumentException("That product template no longer exists"));
            if (template.mode() == PricingMode.FIXED) {
                return new Priced(template.name(), template.unitPrice(), templateId, null, null, null);
            }
            BigDecimal g = grams != null ? grams : template.defaultGrams();
            BigDecimal h = hours != null ? hours : template.defaultHours();
            Long material = materialId != null ? materialId : template.materialId();
            return new Priced(template.name(), materialPrice(material, g, h), templateId, material, g, h);
        }
        if (grams == null || grams.signum() <= 0) {
            throw new IllegalArgumentException("Enter the grams of material per part");
        }
        BigDecimal h = hours == null ? BigDecimal.ZERO : hours;
        MaterialView material = material(materialId);
        return new Priced("Printed part, " + material.label(), materialPrice(materialId, grams, h), null, materialId,
                grams, h);
    }

    Money materialPrice(Long materialId, BigDecimal grams, BigDecimal hours) {
        BusinessProfile.Pricing pricing = settings.current().pricing();
        BigDecimal cost = material(materialId).pricePerGram().dollars().multiply(grams)
                .add(pricing.machineHourRate().dollars().multiply(hours));
        return Money.of(cost.multiply(BigDecimal.ONE.add(pricing.markupPercent().movePointLeft(2))));
    }

    private MaterialView material(Long materialId) {
        if (materialId == null) {
            throw new IllegalArgumentException("Choose a material");
        }
        return catalog.material(materialId).orElseThrow(() -> new IllegalArgumentException("Unknown material"));
    }
}

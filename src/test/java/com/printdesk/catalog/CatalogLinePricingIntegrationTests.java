package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;

import com.printdesk.settings.Settings;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.DocumentForm;
import com.printdesk.shared.LinePricing;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

@IntegrationTest
class CatalogLinePricingIntegrationTests {

    @Autowired
    LinePricing pricing;

    @Autowired
    Catalog catalog;

    @Autowired
    Settings settings;

    @Test
    void aMaterialPricedPartCostsMaterialPlusMachineTimePlusMarkup() {
        MaterialView pla = catalog.activeMaterials().stream().filter(m -> m.type() == MaterialType.PLA).findFirst()
                .orElseThrow();
        var pricingSettings = settings.current().pricing();
        BigDecimal grams = new BigDecimal("42.5");
        BigDecimal hours = new BigDecimal("1.5");
        Money expected = Money.of(pla.pricePerGram().dollars().multiply(grams)
                .add(pricingSettings.machineHourRate().dollars().multiply(hours))
                .multiply(BigDecimal.ONE.add(pricingSettings.markupPercent().movePointLeft(2))));

        LinePricing.Priced priced = pricing.price(null, pla.id(), grams, hours);

        assertThat(priced.unitPrice()).isEqualTo(expected);
        assertThat(priced.materialId()).isEqualTo(pla.id());
        assertThat(priced.description()).contains("PLA");
    }

    @Test
    void theEditorPricesALineFromTheCatalogWhenNoPriceIsTyped() {
        MaterialView material = catalog.activeMaterials().get(0);
        DocumentForm form = new DocumentForm();
        form.setClientId(1L);
        form.setBillToName("Ada");
        DocumentForm.LineForm line = new DocumentForm.LineForm();
        line.setMaterialId(material.id());
        line.setGrams("10");
        line.setHours("0");
        line.setQuantity("3");
        form.getItems().add(line);

        var errors = new BeanPropertyBindingResult(form, "form");
        DocumentDetails details = form.toDetails(errors, pricing).orElseThrow();

        assertThat(errors.hasErrors()).isFalse();
        assertThat(details.items().get(0).unitPrice()).isEqualTo(pricing.price(null, material.id(),
                BigDecimal.TEN, BigDecimal.ZERO).unitPrice());
        assertThat(details.items().get(0).printable()).isTrue();
    }

    @Test
    void aMaterialLineNeedsGrams() {
        long material = catalog.activeMaterials().get(0).id();
        assertThatThrownBy(() -> pricing.price(null, material, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grams");
    }
}

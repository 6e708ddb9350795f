package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.printdesk.shared.Money;
import com.printdesk.shared.Rate;
import com.printdesk.support.IntegrationTest;

/** The catalog as other modules read it, and who may see its pages. */
@IntegrationTest
class CatalogIntegrationTests extends CatalogTestSupport {

    @Test
    void theApiListsOnlyActiveEntriesButFindsDeactivatedOnesById() {
        MaterialView activeMaterial = fixtures.material();
        MaterialView retiredMaterial = fixtures.material();
        PrinterView activePrinter = fixtures.printer(activeMaterial.id());
        PrinterView retiredPrinter = fixtures.printer();
        ProductTemplateView activeTemplate = fixtures.fixedTemplate("12.00");
        ProductTemplateView retiredTemplate = fixtures.byMaterialTemplate(activeMaterial.id());
        materialAdmin.deactivate(retiredMaterial.id());
        printerAdmin.deactivate(retiredPrinter.id());
        templateAdmin.deactivate(retiredTemplate.id());

        assertThat(catalog.activeMaterials()).allMatch(MaterialView::active)
                .extracting(MaterialView::id).contains(activeMaterial.id()).doesNotContain(retiredMaterial.id());
        assertThat(catalog.activePrinters()).allMatch(PrinterView::active)
                .extracting(PrinterView::id).contains(activePrinter.id()).doesNotContain(retiredPrinter.id());
        assertThat(catalog.activeTemplates()).allMatch(ProductTemplateView::active)
                .extracting(ProductTemplateView::id).contains(activeTemplate.id()).doesNotContain(retiredTemplate.id());

        // quotes and invoices that already name them must still resolve
        assertThat(catalog.material(retiredMaterial.id())).hasValueSatisfying(m -> assertThat(m.active()).isFalse());
        assertThat(catalog.printer(retiredPrinter.id())).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
        assertThat(catalog.template(retiredTemplate.id())).hasValueSatisfying(t -> assertThat(t.active()).isFalse());
        assertThat(catalog.material(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theApiCarriesPricesAsRateAndMoney() {
        MaterialView material = fixtures.material();
        ProductTemplateView template = fixtures.fixedTemplate("12.00");

        assertThat(catalog.material(material.id()).orElseThrow().pricePerGram()).isEqualTo(Rate.parse("0.0500"));
        assertThat(catalog.template(template.id()).orElseThrow().unitPrice()).isEqualTo(Money.ofCents(1200));
        assertThat(catalog.printer(fixtures.printer(material.id()).id()).orElseThrow().supports(material.id())).isTrue();
    }

    @Test
    void theFiveDemoMaterialsAreSeededWithTheirDensities() {
        Map<MaterialType, BigDecimal> seeded = jdbc.sql("SELECT id FROM materials WHERE id <= 5").query(Long.class)
                .list().stream().map(id -> catalog.material(id).orElseThrow())
                .collect(Collectors.toMap(MaterialView::type, MaterialView::density));
        assertThat(seeded).hasSize(5);
        assertThat(seeded.get(MaterialType.PLA)).isEqualByComparingTo("1.24");
        assertThat(seeded.get(MaterialType.PETG)).isEqualByComparingTo("1.27");
        assertThat(seeded.get(MaterialType.ABS)).isEqualByComparingTo("1.04");
        assertThat(seeded.get(MaterialType.ASA)).isEqualByComparingTo("1.07");
        assertThat(seeded.get(MaterialType.TPU)).isEqualByComparingTo("1.21");
    }

    @Test
    void anAdminSeesTheThreeSectionsAndTheNavigationLink() throws Exception {
        mvc.perform(get("/admin/catalog").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"materials\"")))
                .andExpect(content().string(containsString("id=\"printers\"")))
                .andExpect(content().string(containsString("id=\"templates\"")))
                .andExpect(content().string(containsString("href=\"/admin/catalog\"")));
    }

    @Test
    void aClientGets403OnEveryCatalogPage() throws Exception {
        var client = data.client();
        for (String url : new String[] {"/admin/catalog", "/admin/catalog/materials/new", "/admin/catalog/printers/new",
                "/admin/catalog/templates/new"}) {
            mvc.perform(get(url).with(user(client))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/catalog/materials").with(user(client)).with(csrf()).param("name", "Hijack"))
                .andExpect(status().isForbidden());
        assertThat(count("materials", "Hijack")).isZero();
    }
}

package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

@IntegrationTest
class ProductTemplateAdminIntegrationTests extends CatalogTestSupport {

    @Test
    void aFixedPriceTemplateKeepsItsUnitPriceInCentsAndNoMaterial() throws Exception {
        MaterialView material = fixtures.material();
        String name = CatalogFixtures.unique("Calibration cube");
        // fields of the other pricing mode are ignored, not stored
        mvc.perform(create("name", name, "unitPrice", "12.50", "materialId", String.valueOf(material.id()),
                        "defaultGrams", "10"))
                .andExpect(redirectedUrl("/admin/catalog#templates"));

        ProductTemplateView template = byName(name);
        assertThat(template.mode()).isEqualTo(PricingMode.FIXED);
        assertThat(template.unitPrice()).isEqualTo(Money.ofCents(1250));
        assertThat(template.materialId()).isNull();
        assertThat(template.defaultGrams()).isNull();
        assertThat(template.slicing().layerHeight()).isEqualByComparingTo("0.2");
        assertThat(template.slicing().infillPercent()).isEqualTo(15);
    }

    @Test
    void aTemplatePricedByMaterialKeepsMaterialGramsAndHoursButNoUnitPrice() throws Exception {
        MaterialView material = fixtures.material();
        String name = CatalogFixtures.unique("Custom part");
        mvc.perform(create("name", name, "mode", "BY_MATERIAL", "unitPrice", "99", "materialId",
                        String.valueOf(material.id()), "defaultGrams", "50", "defaultHours", "3", "supports", "true"))
                .andExpect(redirectedUrl("/admin/catalog#templates"));

        ProductTemplateView template = byName(name);
        assertThat(template.unitPrice()).isNull();
        assertThat(template.materialId()).isEqualTo(material.id());
        assertThat(template.defaultGrams()).isEqualByComparingTo("50");
        assertThat(template.defaultHours()).isEqualByComparingTo("3");
        assertThat(template.slicing().supports()).isTrue();
        String page = mvc.perform(get("/admin/catalog").with(user(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.substring(page.indexOf("id=\"templates-table\""))).contains(material.label() + ", 50 g, 3 h");
    }

    @Test
    void eachPricingModeNeedsItsOwnFields() throws Exception {
        String fixed = CatalogFixtures.unique("No price");
        mvc.perform(create("name", fixed, "unitPrice", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "unitPrice"))
                .andExpect(content().string(containsString("Enter the unit price")));

        String byMaterial = CatalogFixtures.unique("No material");
        mvc.perform(create("name", byMaterial, "mode", "BY_MATERIAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "materialId", "defaultGrams", "defaultHours"));
        assertThat(count("product_templates", fixed) + count("product_templates", byMaterial)).isZero();
    }

    @Test
    void aDeactivatedMaterialCannotBeChosenForANewTemplate() throws Exception {
        MaterialView material = fixtures.material();
        materialAdmin.deactivate(material.id());
        String name = CatalogFixtures.unique("Old stock");
        mvc.perform(create("name", name, "mode", "BY_MATERIAL", "materialId", String.valueOf(material.id()),
                        "defaultGrams", "20", "defaultHours", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "materialId"));
        assertThat(count("product_templates", name)).isZero();
    }

    @Test
    void aTemplateStaysEditableAfterItsMaterialIsDeactivated() throws Exception {
        MaterialView material = fixtures.material();
        ProductTemplateView template = fixtures.byMaterialTemplate(material.id());
        materialAdmin.deactivate(material.id());

        mvc.perform(postForm("/admin/catalog/templates/" + template.id(), defaults(template.name()),
                        "mode", "BY_MATERIAL", "materialId", String.valueOf(material.id()), "defaultGrams", "75",
                        "defaultHours", "4", "version", String.valueOf(version(template.id()))))
                .andExpect(redirectedUrl("/admin/catalog#templates"));
        assertThat(catalog.template(template.id()).orElseThrow().defaultGrams()).isEqualByComparingTo("75");
    }

    @Test
    void aUnitPriceWithFractionsOfACentOrSlicingOutOfRangeIsAFieldError() throws Exception {
        String name = CatalogFixtures.unique("Odd");
        mvc.perform(create("name", name, "unitPrice", "12.345", "layerHeight", "0.8", "infillPercent", "101"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "unitPrice", "layerHeight", "infillPercent"));
        mvc.perform(create("name", name, "unitPrice", "twelve"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number")));
        assertThat(count("product_templates", name)).isZero();
    }

    private ProductTemplateView byName(String name) {
        return catalog.activeTemplates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder create(String... overrides) {
        return postForm("/admin/catalog/templates", defaults(CatalogFixtures.unique("Template")), overrides);
    }

    private static Map<String, String> defaults(String name) {
        return Map.of("name", name, "description", "Printed to order", "mode", "FIXED", "unitPrice", "12.00",
                "layerHeight", "0.20", "infillPercent", "15", "version", "0");
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM product_templates WHERE id = ?").param(id).query(Long.class).single();
    }
}

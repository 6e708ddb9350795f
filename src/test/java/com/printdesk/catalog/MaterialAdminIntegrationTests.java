package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.shared.Rate;
import com.printdesk.support.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class MaterialAdminIntegrationTests extends CatalogTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void anAdminAddsAMaterialAndItIsOfferedWithItsLabelDensityAndPrice() throws Exception {
        String name = CatalogFixtures.unique("Galaxy PETG");
        mvc.perform(create("name", name, "type", "PETG", "colour", "Galaxy Black", "density", "1.27",
                        "pricePerGram", "0.0625"))
                .andExpect(redirectedUrl("/admin/catalog#materials"))
                .andExpect(flash().attribute("notice", containsString(name + " (Galaxy Black)")));

        MaterialView saved = catalog.activeMaterials().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(saved.type()).isEqualTo(MaterialType.PETG);
        assertThat(saved.label()).isEqualTo(name + " (Galaxy Black)");
        assertThat(saved.density()).isEqualByComparingTo("1.27");
        assertThat(saved.pricePerGram()).isEqualTo(Rate.parse("0.0625"));
        mvc.perform(get("/admin/catalog").with(user(admin)))
                .andExpect(content().string(containsString(name + " (Galaxy Black)")));
    }

    @Test
    void savingPublishesAnActivityEventNamingTheAdmin() throws Exception {
        String name = CatalogFixtures.unique("ASA");
        mvc.perform(create("name", name)).andExpect(status().is3xxRedirection());

        assertThat(events.stream(MaterialSaved.class).filter(e -> e.summary().contains(name)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo("created");
                    assertThat(event.entityType()).isEqualTo("material");
                    assertThat(event.actor()).isEqualTo(admin.getUsername());
                    assertThat(event.entityId()).isPositive();
                    assertThat(event.eventId()).isNotNull();
                    assertThat(event.occurredAt()).isNotNull();
                });
    }

    @Test
    void aDensityOutsideHalfToThreeIsAFieldErrorAndNothingIsSaved() throws Exception {
        Map<String, String> densities = Map.of("0.49", "between 0.5 and 3.0", "3.01", "between 0.5 and 3.0",
                "abc", "Enter a number", "", "Enter the density");
        for (var density : densities.entrySet()) {
            String name = CatalogFixtures.unique("Dense");
            mvc.perform(create("name", name, "density", density.getKey()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "density"))
                    .andExpect(content().string(containsString(density.getValue())));
            assertThat(count("materials", name)).as("density %s", density.getKey()).isZero();
        }
    }

    @Test
    void theDensityLimitsThemselvesAreAllowed() throws Exception {
        for (String density : new String[] {"0.5", "3.0"}) {
            String name = CatalogFixtures.unique("Edge");
            mvc.perform(create("name", name, "density", density)).andExpect(status().is3xxRedirection());
            assertThat(count("materials", name)).isOne();
        }
    }

    @Test
    void aNegativePriceOrOneWithMoreThanFourDecimalsIsAFieldErrorAndNothingIsSaved() throws Exception {
        Map<String, String> prices = Map.of("-0.05", "cannot be negative", "0.04501", "at most 4 decimals",
                "", "Enter the price per gram");
        for (var price : prices.entrySet()) {
            String name = CatalogFixtures.unique("Priced");
            mvc.perform(create("name", name, "pricePerGram", price.getKey()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "pricePerGram"))
                    .andExpect(content().string(containsString(price.getValue())));
            assertThat(count("materials", name)).isZero();
        }
    }

    @Test
    void anAdminEditsAMaterialAndAnInvalidEditChangesNothing() throws Exception {
        MaterialView material = fixtures.material();
        String url = "/admin/catalog/materials/" + material.id();
        mvc.perform(get(url).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(material.name())));

        mvc.perform(edit(url, material.name(), "density", "7.8")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "density"));
        assertThat(catalog.material(material.id()).orElseThrow().density()).isEqualByComparingTo("1.24");

        mvc.perform(edit(url, material.name(), "colour", "Silk Gold", "pricePerGram", "0.08"))
                .andExpect(redirectedUrl("/admin/catalog#materials"));
        MaterialView changed = catalog.material(material.id()).orElseThrow();
        assertThat(changed.colour()).isEqualTo("Silk Gold");
        assertThat(changed.pricePerGram()).isEqualTo(Rate.parse("0.08"));
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedInsteadOfOverwritingAnotherAdmin() throws Exception {
        MaterialView material = fixtures.material();
        String url = "/admin/catalog/materials/" + material.id();
        mvc.perform(edit(url, material.name(), "colour", "First", "version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(edit(url, material.name(), "colour", "Second", "version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this")));
        assertThat(catalog.material(material.id()).orElseThrow().colour()).isEqualTo("First");
    }

    @Test
    void aDeactivatedMaterialLeavesTheActiveListButIsStillFoundById() throws Exception {
        MaterialView material = fixtures.material();
        mvc.perform(postForm("/admin/catalog/materials/" + material.id() + "/deactivate", Map.of()))
                .andExpect(redirectedUrl("/admin/catalog#materials"));

        assertThat(catalog.activeMaterials()).extracting(MaterialView::id).doesNotContain(material.id());
        assertThat(catalog.material(material.id())).hasValueSatisfying(m -> assertThat(m.active()).isFalse());
        assertThat(events.stream(MaterialSaved.class).filter(e -> e.entityId() == material.id()))
                .extracting(MaterialSaved::action).containsExactly("created", "deactivated");

        mvc.perform(postForm("/admin/catalog/materials/" + material.id() + "/reactivate", Map.of()));
        assertThat(catalog.activeMaterials()).extracting(MaterialView::id).contains(material.id());
    }

    @Test
    void anUnknownMaterialIsNotFound() throws Exception {
        mvc.perform(get("/admin/catalog/materials/999999999").with(user(admin))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder create(String... overrides) {
        Map<String, String> defaults = Map.of("name", "PLA", "type", "PLA", "colour", "White", "density", "1.24",
                "pricePerGram", "0.05", "version", "0");
        return postForm("/admin/catalog/materials", defaults, overrides);
    }

    private MockHttpServletRequestBuilder edit(String url, String name,
            String... overrides) {
        long version = catalogVersion(url);
        Map<String, String> defaults = Map.of("name", name, "type", "PLA", "colour", "Orange", "density", "1.24",
                "pricePerGram", "0.05", "version", String.valueOf(version));
        return postForm(url, defaults, overrides);
    }

    private long catalogVersion(String url) {
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT version FROM materials WHERE id = ?").param(id).query(Long.class).single();
    }
}

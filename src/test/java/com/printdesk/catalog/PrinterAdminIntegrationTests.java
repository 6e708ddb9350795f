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

import com.printdesk.support.IntegrationTest;

@IntegrationTest
class PrinterAdminIntegrationTests extends CatalogTestSupport {

    @Test
    void anAdminAddsAPrinterWithAShippedProfileAndTheMaterialsItPrints() throws Exception {
        MaterialView pla = fixtures.material();
        MaterialView other = fixtures.material();
        String name = CatalogFixtures.unique("MK3S");
        mvc.perform(create("name", name).param("materialIds", String.valueOf(pla.id()), String.valueOf(other.id())))
                .andExpect(redirectedUrl("/admin/catalog#printers"));

        PrinterView printer = catalog.activePrinters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(printer.slicerProfile()).isEqualTo(CatalogFixtures.MK3S);
        assertThat(printer.buildVolume()).isEqualTo("250 × 210 × 220 mm");
        assertThat(printer.nozzle()).isEqualByComparingTo("0.4");
        assertThat(printer.materialIds()).containsExactlyInAnyOrder(pla.id(), other.id());
        assertThat(printer.status()).isEqualTo(PrinterStatus.IDLE);
        String page = mvc.perform(get("/admin/catalog").with(user(admin))).andReturn().getResponse()
                .getContentAsString();
        String printersTable = page.substring(page.indexOf("id=\"printers-table\""));
        printersTable = printersTable.substring(0, printersTable.indexOf("</table>"));
        assertThat(printersTable).contains(name, pla.label(), other.label(), "250 × 210 × 220 mm");
    }

    @Test
    void oneAtATimePricesTheShopAndAPrinterMayHaveItsOwnHourRate() throws Exception {
        String first = CatalogFixtures.unique("Shop A");
        String second = CatalogFixtures.unique("Shop B");
        mvc.perform(create("name", first).param("shopDefault", "true").param("hourRate", "2.75"))
                .andExpect(redirectedUrl("/admin/catalog#printers"));
        mvc.perform(create("name", second).param("shopDefault", "true"))
                .andExpect(redirectedUrl("/admin/catalog#printers"));

        PrinterView a = byName(first);
        PrinterView b = byName(second);
        assertThat(a.shopDefault()).isFalse();
        assertThat(b.shopDefault()).isTrue();
        assertThat(a.hourRate()).isEqualTo(com.printdesk.shared.Rate.parse("2.75"));
        assertThat(b.hourRate()).isNull();
        assertThat(catalog.activePrinters().stream().filter(PrinterView::shopDefault)).hasSize(1);

        mvc.perform(create("name", CatalogFixtures.unique("Shop C"), "hourRate", "cheap"))
                .andExpect(model().attributeHasFieldErrors("form", "hourRate"));
    }

    private PrinterView byName(String name) {
        return catalog.activePrinters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFormOffersEveryShippedSlicerProfile() throws Exception {
        mvc.perform(get("/admin/catalog/printers/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("prusa-mk3s-250x210x220")))
                .andExpect(content().string(containsString("generic-256x256x256")));
    }

    @Test
    void anUnknownSlicerProfileIsAFieldErrorAndNothingIsSaved() throws Exception {
        for (String profile : new String[] {"no-such-printer", "../../etc/passwd", ""}) {
            String name = CatalogFixtures.unique("Mystery");
            mvc.perform(create("name", name, "slicerProfile", profile))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "slicerProfile"));
            assertThat(count("printers", name)).isZero();
        }
    }

    @Test
    void aBuildVolumeOrNozzleOutOfRangeIsAFieldError() throws Exception {
        String name = CatalogFixtures.unique("Tiny");
        mvc.perform(create("name", name, "x", "0", "y", "-5", "z", "", "nozzle", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "x", "y", "z", "nozzle"));
        mvc.perform(create("name", name, "x", "wide"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "x"))
                .andExpect(content().string(containsString("Enter a number")));
        assertThat(count("printers", name)).isZero();
    }

    @Test
    void printerNamesAreUniqueWhateverTheCase() throws Exception {
        PrinterView existing = fixtures.printer();
        mvc.perform(create("name", existing.name().toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name"))
                .andExpect(content().string(containsString("Another printer already has this name")));
        assertThat(count("printers", existing.name().toUpperCase())).isZero();
    }

    @Test
    void anUnknownMaterialIsAFieldError() throws Exception {
        String name = CatalogFixtures.unique("Ghost");
        mvc.perform(create("name", name).param("materialIds", "999999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "materialIds"));
        assertThat(count("printers", name)).isZero();
    }

    @Test
    void anAdminEditsAPrinterKeepingItsNameAndChangingStatusAndMaterials() throws Exception {
        MaterialView material = fixtures.material();
        PrinterView printer = fixtures.printer(material.id());
        String url = "/admin/catalog/printers/" + printer.id();
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(printer.name())));

        mvc.perform(postForm(url, defaults(printer.name(), version(printer.id())), "status", "MAINTENANCE",
                        "slicerProfile", "generic-256x256x256", "x", "256", "y", "256", "z", "256"))
                .andExpect(redirectedUrl("/admin/catalog#printers"));

        PrinterView changed = catalog.printer(printer.id()).orElseThrow();
        assertThat(changed.status()).isEqualTo(PrinterStatus.MAINTENANCE);
        assertThat(changed.slicerProfile()).isEqualTo("generic-256x256x256");
        assertThat(changed.materialIds()).isEmpty();
        assertThat(changed.buildVolume()).isEqualTo("256 × 256 × 256 mm");
    }

    @Test
    void aDeactivatedPrinterIsNoLongerListedForNewWork() throws Exception {
        PrinterView printer = fixtures.printer();
        mvc.perform(postForm("/admin/catalog/printers/" + printer.id() + "/deactivate", Map.of()))
                .andExpect(redirectedUrl("/admin/catalog#printers"));
        assertThat(catalog.activePrinters()).extracting(PrinterView::id).doesNotContain(printer.id());
        assertThat(catalog.printer(printer.id())).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
    }

    private MockHttpServletRequestBuilder create(String... overrides) {
        return postForm("/admin/catalog/printers", defaults(CatalogFixtures.unique("Printer"), 0), overrides);
    }

    private static Map<String, String> defaults(String name, long version) {
        return Map.of("name", name, "model", "Original Prusa i3 MK3S+", "x", "250", "y", "210", "z", "220",
                "nozzle", "0.4", "slicerProfile", CatalogFixtures.MK3S, "status", "IDLE",
                "version", String.valueOf(version));
    }

    private long version(long id) {
        return jdbc.sql("SELECT version FROM printers WHERE id = ?").param(id).query(Long.class).single();
    }
}

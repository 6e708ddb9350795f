package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterView;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.Slicing;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * {@code POST /api/quick-order/quote}: the server prices an order from real slices with the formula
 * the issue gives, picks the printer the way the bureau set it up, and refuses what it cannot price.
 */
@IntegrationTest
class QuickOrderQuoteTests {

    static final String CUBE = "xyz_calibration_cube.stl";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShopFixtures shop;
    @Autowired
    Settings settings;
    @Autowired
    Slicing slicing;
    @Autowired
    TmpFiles tmpFiles;

    @Test
    void anItemIsPricedFromItsSliceAndTheOrderAddsSetupFeeShippingAndGst() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        PrinterView printer = shop.printer(pla, "3.0000", false);
        long cube = shop.upload(me, CUBE)[0];
        // a client-sent price is ignored: the server prices the order itself
        String body = shop.quoteWhenPriced(me, """
                {"items":[%s],"total":"0.01","delivery":{"method":"SHIPPING","street":"1 George St",\
                "suburb":"Sydney","state":"NSW","postcode":"2000"}}""".formatted(ShopFixtures.item(cube, pla.id(), 3)));

        assertThat((Boolean) JsonPath.read(body, "$.ready")).isTrue();
        assertThat((String) JsonPath.read(body, "$.items[0].printer")).isEqualTo(printer.name());
        SliceResult slice = slicing.result(sliceOf(body)).orElseThrow();
        assertThat(slice.printerId()).isEqualTo(printer.id());
        BigDecimal grams = slice.grams(new BigDecimal("1.24"));
        BigDecimal hours = slice.printHours();
        assertThat(grams.signum()).isPositive();
        assertThat(new BigDecimal(JsonPath.read(body, "$.items[0].gramsPerUnit").toString()))
                .isEqualByComparingTo(grams);

        BusinessProfile.Pricing pricing = settings.current().pricing();
        Money unit = Money.of(new BigDecimal("0.0500").multiply(grams).add(new BigDecimal("3.0000").multiply(hours))
                .multiply(BigDecimal.ONE.add(pricing.markupPercent().movePointLeft(2))));
        Money items = unit.times(BigDecimal.valueOf(3));
        assertThat((String) JsonPath.read(body, "$.items[0].unitPrice")).isEqualTo(unit.plain());
        assertThat((String) JsonPath.read(body, "$.items[0].lineTotal")).isEqualTo(items.plain());
        Money goods = items.plus(pricing.setupFee());
        Money topUp = pricing.minimumOrder().minus(goods).max(Money.ZERO);
        Money shipping = pricing.shippingFor(goods.plus(topUp));
        Money subtotal = goods.plus(topUp).plus(shipping);
        Money gst = settings.current().gstRegistered()
                ? Money.of(subtotal.dollars().multiply(new BigDecimal("0.10"))) : Money.ZERO;
        assertThat((String) JsonPath.read(body, "$.setupFee")).isEqualTo(pricing.setupFee().plain());
        assertThat((String) JsonPath.read(body, "$.minimumTopUp")).isEqualTo(topUp.plain());
        assertThat((String) JsonPath.read(body, "$.shipping")).isEqualTo(shipping.plain());
        assertThat((String) JsonPath.read(body, "$.subtotal")).isEqualTo(subtotal.plain());
        assertThat((String) JsonPath.read(body, "$.gst")).isEqualTo(gst.plain());
        assertThat((String) JsonPath.read(body, "$.total")).isEqualTo(subtotal.plus(gst).plain());
    }

    @Test
    void askingAgainReusesTheSliceAndAMaterialChangeDoesNotSliceAgain() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        MaterialView petg = shop.material("1.27", "0.0600");
        shop.printer(java.util.Set.of(pla.id(), petg.id()), 250, 210, 220, "3.0000", false);
        long cube = shop.upload(me, CUBE)[0];
        String json = "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1) + "]}";
        long first = sliceOf(shop.quoteWhenPriced(me, json));

        assertThat(sliceOf(shop.quoteWhenPriced(me, json))).isEqualTo(first);
        String other = shop.quoteWhenPriced(me, "{\"items\":[" + ShopFixtures.item(cube, petg.id(), 1) + "]}");
        assertThat(sliceOf(other)).isEqualTo(first);
        assertThat(new BigDecimal(JsonPath.read(other, "$.items[0].gramsPerUnit").toString()))
                .isEqualByComparingTo(slicing.result(first).orElseThrow().grams(new BigDecimal("1.27")));
    }

    @Test
    void theShopPrinterPricesWhenTheModelFitsOtherwiseTheCheapestThatFits() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        PrinterView cheap = shop.printer(pla, "1.0000", false);
        shop.printer(pla, "9.0000", false);
        long cube = shop.upload(me, CUBE)[0];
        String json = "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1) + "]}";

        shop.quote(me, json).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].printer").value(cheap.name()));

        PrinterView marked = shop.printer(pla, "5.0000", true);
        shop.quote(me, json).andExpect(jsonPath("$.items[0].printer").value(marked.name()));

        PrinterView tinyMarked = shop.printer(pla, 10, 10, 10, "0.5000", true);
        shop.quote(me, json).andExpect(jsonPath("$.items[0].printer").value(cheap.name()));
        assertThat(tinyMarked.shopDefault()).isTrue();
    }

    @Test
    void aModelThatFitsNoPrinterIsRefusedWithBothSizesAndNeverSliced() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, 15, 15, 15, null, false);
        long cube = shop.upload(me, CUBE)[0];

        shop.quote(me, "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1) + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.items[0].state").value("FAILED"))
                .andExpect(jsonPath("$.items[0].sliceId").value(0))
                .andExpect(jsonPath("$.items[0].failureReason").value(containsString("20.0 × 20.0 × 20.0 mm")))
                .andExpect(jsonPath("$.items[0].failureReason").value(containsString("15 × 15 × 15 mm")))
                .andExpect(jsonPath("$.problems[0]").value(containsString(CUBE)));
    }

    @Test
    void anotherClientsUploadIs404() throws Exception {
        AccountPrincipal owner = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, "3.0000", false);
        long cube = shop.upload(owner, CUBE)[0];

        shop.quote(data.client(), "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1) + "]}")
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidFieldsAre422NamingEachField() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, "3.0000", false);
        long cube = shop.upload(me, CUBE)[0];

        shop.quote(me, "{\"items\":[]}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.items").exists());
        shop.quote(me, "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 0) + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['items[0].quantity']").value("At least 1"));
        shop.quote(me, "{\"items\":[" + ShopFixtures.item(cube, 987654321L, 1) + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['items[0].materialId']").exists());
        // no unit change was offered for a 20 mm cube
        shop.quote(me, "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1, "1000") + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['items[0].scale']").exists());
        shop.quote(me, "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1)
                + "],\"delivery\":{\"method\":\"SHIPPING\",\"street\":\"1 George St\",\"state\":\"XX\",\"postcode\":\"20\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['delivery.suburb']").exists())
                .andExpect(jsonPath("$.errors['delivery.state']").exists())
                .andExpect(jsonPath("$.errors['delivery.postcode']").value("A postcode has 4 digits"));
    }

    @Test
    void aModelDrawnInMetresIsPricedAtTheScaleTheClientAccepted() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, "3.0000", false);
        String metres = UploadCorpus.withOutcome("accept-units").stream().map(UploadCorpus.Expected::file)
                .filter(f -> f.contains("metre") || f.contains("_m")).findFirst()
                .orElse(UploadCorpus.withOutcome("accept-units").get(0).file());
        long file = shop.upload(me, metres)[0];
        UploadedFile upload = tmpFiles.find(file, me.userId()).orElseThrow();
        double factor = upload.unitSuggestion().scales().get(0).factor();

        String body = shop.quoteWhenPriced(me, "{\"items\":[" + ShopFixtures.item(file, pla.id(), 1,
                BigDecimal.valueOf(factor).toPlainString()) + "]}");

        assertThat((String) JsonPath.read(body, "$.items[0].state")).as(body).isIn("COMPLETED", "FAILED");
        if ("COMPLETED".equals(JsonPath.read(body, "$.items[0].state"))) {
            double cm3 = upload.volumeCm3() * Math.pow(factor, 3);
            double grams = new BigDecimal(JsonPath.read(body, "$.items[0].gramsPerUnit").toString()).doubleValue();
            // a solid print uses less than the model's volume in filament, a 20 % one at least its shell
            assertThat(grams).isGreaterThan(0).isLessThan(cm3 * 1.24 * 1.2);
        }
    }

    @Test
    void optionsListPrintableMaterialsAndTheShopsTerms() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        MaterialView unprinted = shop.material("1.24", "0.0500");
        shop.printer(pla, "3.0000", false);

        String body = mvc.perform(get("/api/quick-order/options").with(user(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat((java.util.List<Integer>) JsonPath.read(body, "$.materials[*].id")).contains((int) pla.id())
                .doesNotContain((int) unprinted.id());
        assertThat((String) JsonPath.read(body, "$.shippingFee")).isEqualTo(
                settings.current().pricing().shippingFee().plain());
        mvc.perform(get("/api/quick-order/options").with(user(data.adminPrincipal()))).andExpect(status().isForbidden());
    }

    private static long sliceOf(String body) {
        return ((Number) JsonPath.read(body, "$.items[0].sliceId")).longValue();
    }
}

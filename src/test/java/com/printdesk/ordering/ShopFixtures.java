package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;

/**
 * The shop's moving parts for tests: a material only this test's printers print (so the shared
 * database's other printers never price it), uploads through the real endpoint, and polling the quote
 * until it is priced.
 */
@Component
public class ShopFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    // browser-test contexts scan this class too but have no MockMvc: only the MockMvc steps need one
    private final ObjectProvider<MockMvc> mvc;
    private final MaterialAdmin materials;
    private final PrinterAdmin printers;

    ShopFixtures(ObjectProvider<MockMvc> mvc, MaterialAdmin materials, PrinterAdmin printers) {
        this.mvc = mvc;
        this.materials = materials;
        this.printers = printers;
    }

    /** A new material at {@code pricePerGram} with {@code density} g/cm³. */
    public MaterialView material(String density, String pricePerGram) {
        return materials.create(new MaterialForm("Shop PLA " + UUID.randomUUID().toString().substring(0, 8),
                MaterialType.PLA, "Teal", new BigDecimal(density), new BigDecimal(pricePerGram), 0));
    }

    /** An MK3S-sized printer (250 × 210 × 220 mm) that prints {@code material}. */
    public PrinterView printer(MaterialView material, String hourRate, boolean shopDefault) {
        return printer(material, 250, 210, 220, hourRate, shopDefault);
    }

    public PrinterView printer(MaterialView material, int x, int y, int z, String hourRate, boolean shopDefault) {
        return printer(Set.of(material.id()), x, y, z, hourRate, shopDefault);
    }

    public PrinterView printer(Set<Long> materialIds, int x, int y, int z, String hourRate, boolean shopDefault) {
        return printers.create(new PrinterForm("Shop printer " + UUID.randomUUID().toString().substring(0, 8),
                "Original Prusa i3 MK3S+", x, y, z, new BigDecimal("0.4"), "prusa-mk3s-250x210x220",
                materialIds, PrinterStatus.IDLE, hourRate, shopDefault, 0));
    }

    /** Uploads corpus files as {@code who}; returns their tmp file IDs in order. */
    public long[] upload(AccountPrincipal who, String... corpusFiles) throws Exception {
        var request = multipart("/api/quick-order/upload");
        for (String file : corpusFiles) {
            request.file(UploadCorpus.part(file));
        }
        String body = mvc.getObject().perform(request.with(user(who)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long[] ids = new long[corpusFiles.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) JsonPath.read(body, "$.files[" + i + "].id")).longValue();
        }
        return ids;
    }

    /** The JSON of one item at 0.20 mm, 20 % infill, no supports. */
    public static String item(long fileId, long materialId, int quantity) {
        return item(fileId, materialId, quantity, "1");
    }

    public static String item(long fileId, long materialId, int quantity, String scale) {
        return """
                {"fileId":%d,"materialId":%d,"layerHeight":0.20,"infillPercent":20,"supports":false,\
                "supportStyle":"GRID","overhangThreshold":0,"quantity":%d,"scale":%s}"""
                .formatted(fileId, materialId, quantity, scale);
    }

    public ResultActions quote(AccountPrincipal who, String json) throws Exception {
        return mvc.getObject().perform(post("/api/quick-order/quote").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(user(who)).with(csrf()));
    }

    /** Polls the quote until it is ready or an item failed; returns the last answer's JSON. */
    public String quoteWhenPriced(AccountPrincipal who, String json) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String body = quote(who, json).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            boolean ready = JsonPath.read(body, "$.ready");
            boolean failed = !((java.util.List<?>) JsonPath.read(body, "$.problems")).isEmpty();
            if (ready || failed) {
                return body;
            }
            assertThat(System.nanoTime()).as("priced within %s", PATIENCE).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

package com.printdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class SettingsIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Settings settings;

    @Autowired
    Storage storage;

    @Autowired
    UserDetailsService users;

    UserDetails admin;

    @BeforeEach
    void signIn() {
        admin = users.loadUserByUsername(data.adminEmail());
    }

    @Test
    void anAdminSavesTheSettingsAndTheHeaderShowsTheNewName() throws Exception {
        mvc.perform(save("Layer Cake Prints", "51 824 753 556", "bankBsb", "062-000"))
                .andExpect(redirectedUrl("/admin/settings"));

        BusinessProfile profile = settings.current();
        assertThat(profile.businessName()).isEqualTo("Layer Cake Prints");
        assertThat(profile.abn()).isEqualTo("51824753556");
        assertThat(profile.formattedBsb()).isEqualTo("062-000");
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(content().string(containsString("Layer Cake Prints")));
    }

    @Test
    void shopShippingIsAFlatFeeWaivedFromAnOptionalOrderValue() throws Exception {
        mvc.perform(save("Layer Cake Prints", "", "shippingFee", "9.95", "freeShippingThreshold", "150"))
                .andExpect(redirectedUrl("/admin/settings"));

        BusinessProfile.Pricing pricing = settings.current().pricing();
        assertThat(pricing.shippingFor(com.printdesk.shared.Money.parse("149.99")))
                .isEqualTo(com.printdesk.shared.Money.parse("9.95"));
        assertThat(pricing.shippingFor(com.printdesk.shared.Money.parse("150"))).isEqualTo(com.printdesk.shared.Money.ZERO);

        mvc.perform(save("Layer Cake Prints", "", "shippingFee", "", "freeShippingThreshold", "-3"))
                .andExpect(model().attributeHasFieldErrors("form", "shippingFee", "freeShippingThreshold"));
        mvc.perform(save("Layer Cake Prints", "", "shippingFee", "12.00", "freeShippingThreshold", ""))
                .andExpect(redirectedUrl("/admin/settings"));
        assertThat(settings.current().pricing().freeShippingThreshold()).isEmpty();
        assertThat(settings.current().pricing().shippingFor(com.printdesk.shared.Money.parse("100000")))
                .isEqualTo(com.printdesk.shared.Money.parse("12.00"));
    }

    @Test
    void anInvalidAbnIsAFormErrorAndNothingIsSaved() throws Exception {
        long version = storedVersion();
        mvc.perform(save("Should Not Stick", "51 824 753 557"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "abn"))
                .andExpect(content().string(containsString("ATO checksum")));
        assertThat(storedVersion()).isEqualTo(version);
        assertThat(settings.current().businessName()).isNotEqualTo("Should Not Stick");
    }

    @Test
    void otherInvalidFieldsAreReportedTogether() throws Exception {
        mvc.perform(save("", "", "bankBsb", "12345", "timeZone", "Mars/Olympus", "paymentTermsDays", "400"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "businessName", "bankBsb", "timeZone",
                        "paymentTermsDays"));
    }

    @Test
    void aFormBasedOnAnOlderVersionIsRefusedInsteadOfOverwritingAnotherAdmin() throws Exception {
        long version = storedVersion();
        mvc.perform(save("First Admin's Name", "")).andExpect(redirectedUrl("/admin/settings"));
        mvc.perform(save("Second Admin's Name", "", "version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved the settings")));
        assertThat(settings.current().businessName()).isEqualTo("First Admin's Name");
    }

    @Test
    void aPngLogoIsStoredAndServed() throws Exception {
        mvc.perform(multipart("/admin/settings/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", PNG))
                        .with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "Logo updated."));

        mvc.perform(get("/branding/logo")).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
        assertThat(settings.current().hasLogo()).isTrue();
    }

    @Test
    void replacingTheLogoDeletesTheOldObjectAfterCommit() throws Exception {
        settings.replaceLogo("first.png", PNG);
        String firstKey = settings.logo().orElseThrow().key();
        settings.replaceLogo("second.jpg", JPEG);

        assertThat(settings.logo().orElseThrow().contentType()).isEqualTo("image/jpeg");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (storage.exists(Bucket.ATTACHMENTS, firstKey) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(storage.exists(Bucket.ATTACHMENTS, firstKey)).isFalse();
    }

    @Test
    void aLogoThatIsNotPngOrJpegIsRefusedAndNothingIsStored() throws Exception {
        int objectsBefore = storage.list(Bucket.ATTACHMENTS, "branding/").size();
        byte[] gif = "GIF89a....".getBytes();
        byte[] html = "<svg onload=alert(1)>".getBytes();
        for (byte[] bytes : new byte[][] {gif, html}) {
            // the browser's name and content type claim PNG; the bytes decide
            mvc.perform(multipart("/admin/settings/logo")
                            .file(new MockMultipartFile("logo", "logo.png", "image/png", bytes))
                            .with(user(admin)).with(csrf()))
                    .andExpect(flash().attribute("logoProblem", "The logo must be a PNG or JPEG image."));
        }
        assertThat(storage.list(Bucket.ATTACHMENTS, "branding/")).hasSize(objectsBefore);
    }

    @Test
    void aLogoOverOneMegabyteIsRefusedAndNothingIsStored() throws Exception {
        int objectsBefore = storage.list(Bucket.ATTACHMENTS, "branding/").size();
        byte[] big = Arrays.copyOf(PNG, 1024 * 1024 + 1);
        mvc.perform(multipart("/admin/settings/logo").file(new MockMultipartFile("logo", "big.png", "image/png", big))
                        .with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("logoProblem", containsString("larger than 1 MB")));
        assertThat(storage.list(Bucket.ATTACHMENTS, "branding/")).hasSize(objectsBefore);
    }

    @Test
    void clientsCannotChangeSettings() throws Exception {
        mvc.perform(post("/admin/settings").with(user(data.client())).with(csrf()).param("businessName", "Hijacked"))
                .andExpect(status().isForbidden());
        assertThat(settings.current().businessName()).isNotEqualTo("Hijacked");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Read from the database, not the cache: another instance (the browser tests) may have saved. */
    private long storedVersion() {
        return jdbc.sql("SELECT version FROM business_settings").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder save(String name, String abn, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("businessName", name);
        fields.put("abn", abn);
        fields.put("gstRegistered", "true");
        fields.put("timeZone", "Australia/Sydney");
        fields.put("paymentTermsDays", "14");
        fields.put("jobCreationPolicy", "ON_PAYMENT");
        fields.put("machineHourRate", "4.50");
        fields.put("setupFee", "5.00");
        fields.put("minimumOrder", "20");
        fields.put("markupPercent", "20");
        fields.put("quoteValidityDays", "30");
        fields.put("shippingFee", "12.00");
        fields.put("version", String.valueOf(storedVersion()));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/settings").with(user(admin)).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}

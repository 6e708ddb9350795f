package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The "Order a print" page: who may open it, what it starts with, and that everything it loads is served. */
@IntegrationTest
class OrderPageTests {

    static final String PAGE = "/portal/order";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void aClientGetsThePageWithTheirContactDetailsAndTheLimitsOfAnUpload() throws Exception {
        AccountPrincipal me = data.client();

        mvc.perform(get(PAGE).with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Order a print</h1>")))
                .andExpect(content().string(containsString("value=\"Test Client\"")))
                .andExpect(content().string(containsString("value=\"" + me.email() + "\"")))
                .andExpect(content().string(containsString("value=\"0400 000 000\"")))
                .andExpect(content().string(containsString("data-max-files=\"10\"")))
                .andExpect(content().string(containsString("(up to 10 files, 100 MB each)")))
                .andExpect(content().string(containsString("No models yet.")))
                .andExpect(content().string(containsString("src=\"/js/order/order.js\"")));
    }

    @Test
    void thePortalNavigationLinksToThePage() throws Exception {
        mvc.perform(get("/portal").with(user(data.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/portal/order\" id=\"nav-order\">Order a print</a>")));
    }

    @Test
    void anAdministratorMayNotOpenItAndAStrangerIsSentToSignIn() throws Exception {
        mvc.perform(get(PAGE).with(user(data.adminPrincipal()))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    /** Browsers run an inline import map only if the policy names its hash: a one-character edit would break the preview. */
    @Test
    void theContentSecurityPolicyAllowsExactlyTheImportMapThePageHas() throws Exception {
        MvcResult page = mvc.perform(get(PAGE).with(user(data.client()))).andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(map.find()).as("the page has an import map").isTrue();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(map.group(1).getBytes(StandardCharsets.UTF_8)));

        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self' 'sha256-" + hash + "';");
        assertThat(map.group(1)).contains("\"three\":\"/webjars/three/0.181.1/build/three.module.js\"")
                .contains("\"three/addons/\":\"/webjars/three/0.181.1/examples/jsm/\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/js/order/order.js", "/js/order/api.js", "/js/order/cards.js", "/js/order/delivery.js",
            "/js/order/preview.js", "/js/order/price.js", "/js/order/uploads.js", "/css/order.css",
            "/webjars/three/0.181.1/build/three.module.js", "/webjars/three/0.181.1/build/three.core.js",
            "/webjars/three/0.181.1/examples/jsm/loaders/STLLoader.js",
            "/webjars/three/0.181.1/examples/jsm/loaders/3MFLoader.js",
            "/webjars/three/0.181.1/examples/jsm/libs/fflate.module.js",
            "/webjars/three/0.181.1/examples/jsm/controls/OrbitControls.js" })
    void everyScriptThePageLoadsIsServedToASignedInClient(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(data.client()))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isNotEmpty();
        // module scripts are refused by browsers unless served with a JavaScript MIME type
        assertThat(result.getResponse().getContentType()).contains(path.endsWith(".css") ? "text/css" : "javascript");
    }
}

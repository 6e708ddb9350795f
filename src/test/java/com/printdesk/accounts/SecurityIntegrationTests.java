package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.printdesk.dev.DevAccounts;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"/admin", "/admin/settings", "/portal", "/portal/account", "/"}) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void anonymousApiCallsGetAProblemDetailNotARedirect() throws Exception {
        mvc.perform(get("/api/client/invoices"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aClientGetsForbiddenOnAdminPages() throws Exception {
        AccountPrincipal client = data.client();
        mvc.perform(get("/admin").with(user(client))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff").with(user(client))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminGetsForbiddenOnPortalPages() throws Exception {
        mvc.perform(get("/portal").with(user(adminPrincipal()))).andExpect(status().isForbidden());
    }

    @Test
    void formPostsWithoutACsrfTokenAreRefused() throws Exception {
        AccountPrincipal client = data.client();
        mvc.perform(post("/portal/account/profile").with(user(client)).param("name", "Changed"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/register").param("email", TestData.uniqueEmail("nocsrf")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStripeWebhookIsOpenAndExemptFromCsrf() throws Exception {
        // no session and no CSRF token: reaching the handler (which refuses the unsigned body with 400),
        // rather than 401/403, proves the path is open
        mvc.perform(post("/api/stripe/webhook").content("{}").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aStripeDeliveryLeavesNoSessionOrCookieBehind() throws Exception {
        // Stripe keeps no cookies: a session or CSRF token per delivery would be written for nothing
        MvcResult result = mvc.perform(post("/api/stripe/webhook").content("{}").contentType(MediaType.APPLICATION_JSON)
                        .header("Stripe-Signature", "t=1,v1=00"))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void bothDevAccountsSignInAndLandOnTheirOwnSide() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user(DevAccounts.ADMIN_EMAIL)
                        .password(DevAccounts.ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"));
        String client = data.clientEmail();
        mvc.perform(formLogin("/login").userParameter("email").user(client).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("CLIENT"));
    }

    @Test
    void aWrongPasswordShowsAnErrorWithoutSayingWhetherTheEmailExists() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user(data.clientEmail()).password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin("/login").userParameter("email").user(TestData.uniqueEmail("nobody")).password("x"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void healthAndInfoArePublicButMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isFound());
        mvc.perform(get("/actuator/prometheus").with(user(data.client()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(adminPrincipal()))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(user(adminPrincipal())))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.storage.status").value("UP"));
    }

    @Test
    void theApiDocumentationIsForAdminsOnly() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(data.client()))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(user(adminPrincipal()))).andExpect(status().isOk());
    }

    @Test
    void responsesCarryProtectiveHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Autowired
    AccountUserDetailsService userDetails;

    private AccountPrincipal adminPrincipal() {
        return (AccountPrincipal) userDetails.loadUserByUsername(data.adminEmail());
    }
}

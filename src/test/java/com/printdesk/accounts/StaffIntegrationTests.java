package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class StaffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Staff staff;

    @Autowired
    UserAccounts users;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminAddsAnotherWhoSetsAPasswordWithTheOneTimeLinkAndSignsIn() throws Exception {
        String newAdmin = TestData.uniqueEmail("staff");
        String link = (String) mvc.perform(post("/admin/staff").with(user(admin())).with(csrf())
                        .param("name", "New Colleague").param("email", newAdmin))
                .andExpect(redirectedUrl("/admin/staff"))
                .andReturn().getFlashMap().get("setPasswordLink");
        String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");

        mvc.perform(formLogin("/login").userParameter("email").user(newAdmin).password(TestData.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(post("/set-password").with(csrf()).param("token", token)
                        .param("password", TestData.PASSWORD).param("confirmation", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin("/login").userParameter("email").user(newAdmin).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"));

        // the link works once
        mvc.perform(post("/set-password").with(csrf()).param("token", token)
                        .param("password", "another-password-1").param("confirmation", "another-password-1"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("invalid", true));
        assertThat(jdbc.sql("SELECT token_hash FROM password_tokens WHERE token_hash = ?").param(token)
                .query(String.class).optional()).as("the raw token is never stored").isEmpty();
    }

    @Test
    void addingAnExistingEmailIsAFormError() throws Exception {
        mvc.perform(post("/admin/staff").with(user(admin())).with(csrf())
                        .param("name", "Dup").param("email", data.clientEmail()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("form", "email", "taken"));
    }

    @Test
    void aDeactivatedAdminCannotSignInAndLosesTheirSession() throws Exception {
        String email = data.adminEmail();
        jakarta.servlet.http.Cookie session = mvc.perform(post("/login").with(csrf()).param("email", email)
                .param("password", TestData.PASSWORD)).andExpect(authenticated())
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        long id = users.findByEmail(email).orElseThrow().id();
        mvc.perform(post("/admin/staff/{id}/deactivate", id).with(user(admin())).with(csrf()))
                .andExpect(flash().attributeExists("notice"));

        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login?deactivated"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=credentials"));

        staff.reactivate(id);
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() throws Exception {
        String soloEmail = data.adminEmail();
        long solo = users.findByEmail(soloEmail).orElseThrow().id();
        List<Long> others = otherActiveAdmins(solo);
        others.forEach(staff::deactivate);
        try {
            assertThatThrownBy(() -> staff.deactivate(solo)).isInstanceOf(BusinessRuleViolation.class)
                    .hasMessageContaining("last active administrator");
            mvc.perform(post("/admin/staff/{id}/deactivate", solo).with(user(load(soloEmail))).with(csrf()))
                    .andExpect(redirectedUrl("/admin/staff"))
                    .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("last active")));
            assertThat(users.findById(solo).orElseThrow().active()).isTrue();
        }
        finally {
            others.forEach(staff::reactivate);
        }
    }

    @Test
    void twoAdminsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
        long first = users.findByEmail(data.adminEmail()).orElseThrow().id();
        long second = users.findByEmail(data.adminEmail()).orElseThrow().id();
        List<Long> others = otherActiveAdmins(first).stream().filter(id -> id != second).toList();
        others.forEach(staff::deactivate);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> tryDeactivate(first, start));
            CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> tryDeactivate(second, start));
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
            assertThat(users.findById(first).orElseThrow().active() ^ users.findById(second).orElseThrow().active())
                    .isTrue();
        }
        finally {
            others.forEach(staff::reactivate);
            staff.reactivate(first);
            staff.reactivate(second);
        }
    }

    private boolean tryDeactivate(long id, CyclicBarrier start) {
        try {
            start.await();
            staff.deactivate(id);
            return true;
        }
        catch (BusinessRuleViolation ex) {
            return false;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<Long> otherActiveAdmins(long keep) {
        return staff.list().stream().filter(StaffMember::active).map(StaffMember::id).filter(id -> id != keep)
                .toList();
    }

    private AccountPrincipal admin() {
        return load(data.adminEmail());
    }

    private AccountPrincipal load(String email) {
        return (AccountPrincipal) userDetails.loadUserByUsername(email);
    }
}

package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registration registration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewClientIsCreatedWithItsUserAndSignedIn() throws Exception {
        String email = TestData.uniqueEmail("Signup").toUpperCase();
        var registered = mvc.perform(post("/register").with(csrf())
                        .param("name", "Ada Lovelace").param("email", email).param("password", TestData.PASSWORD)
                        .param("company", "Analytical Engines").param("phone", "+61 2 9000 0000"))
                .andExpect(redirectedUrl("/portal?welcome")).andReturn();
        jakarta.servlet.http.Cookie session = registered.getResponse().getCookie("SESSION");

        long clientId = jdbc.sql("SELECT client_id FROM users WHERE email = ? AND role = 'CLIENT'")
                .param(email.toLowerCase()).query(Long.class).single();
        assertThat(jdbc.sql("SELECT company FROM clients WHERE id = ?").param(clientId).query(String.class).single())
                .isEqualTo("Analytical Engines");
        mvc.perform(get("/portal").cookie(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Welcome, Ada Lovelace")));
    }

    @Test
    void aDuplicateEmailIsAFormErrorAndCreatesNothing() throws Exception {
        String email = TestData.uniqueEmail("dup");
        registration.register(form(email));
        long clientsBefore = count("clients");
        long usersBefore = count("users");

        mvc.perform(post("/register").with(csrf()).param("name", "Someone Else").param("email", email.toUpperCase())
                        .param("password", TestData.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name("register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "taken"));

        assertThat(count("clients")).isEqualTo(clientsBefore);
        assertThat(count("users")).isEqualTo(usersBefore);
    }

    @Test
    void invalidFieldsAreShownOnTheFormAndCreateNothing() throws Exception {
        long clientsBefore = count("clients");
        mvc.perform(post("/register").with(csrf()).param("name", "").param("email", "not-an-email")
                        .param("password", "short").param("phone", "call me maybe"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "email", "password", "phone"));
        assertThat(count("clients")).isEqualTo(clientsBefore);
    }

    @Test
    void twoRegistrationsRacingForOneEmailLeaveExactlyOneClient() throws Exception {
        String email = TestData.uniqueEmail("race");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> {
                try {
                    registration.register(form(email));
                    return true;
                }
                catch (EmailAlreadyRegistered ex) {
                    return false;
                }
            });
        }
        long succeeded = 0;
        for (Future<Boolean> result : pool.invokeAll(attempts)) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM clients WHERE email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRegisteredClientCanSignIn() throws Exception {
        String email = TestData.uniqueEmail("signin");
        registration.register(form(email));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("CLIENT"));
    }

    @Test
    void aWeakPasswordIsRefusedByTheServiceToo() {
        assertThatThrownBy(() -> registration.register(new RegistrationForm("Name", TestData.uniqueEmail("weak"),
                "short", null, null))).isInstanceOf(IllegalArgumentException.class);
    }

    private static RegistrationForm form(String email) {
        return new RegistrationForm("Grace Hopper", email, TestData.PASSWORD, "Navy", null);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}

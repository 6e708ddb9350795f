package com.printdesk.catalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.support.TestData;

/** What the catalog's page tests share: a signed-in admin, the fixtures and form posts. */
abstract class CatalogTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaterialAdmin materialAdmin;

    @Autowired
    PrinterAdmin printerAdmin;

    @Autowired
    ProductTemplateAdmin templateAdmin;

    @Autowired
    Catalog catalog;

    UserDetails admin;
    CatalogFixtures fixtures;

    @BeforeEach
    void signInAndPrepare() {
        admin = users.loadUserByUsername(data.adminEmail());
        fixtures = new CatalogFixtures(materialAdmin, printerAdmin, templateAdmin);
    }

    /** A form post as the admin: defaults, then {@code overrides} as name/value pairs (null drops a field). */
    MockHttpServletRequestBuilder postForm(String url, Map<String, String> defaults, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(defaults);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                fields.remove(overrides[i]);
            }
            else {
                fields.put(overrides[i], overrides[i + 1]);
            }
        }
        MockHttpServletRequestBuilder request = post(url).with(user(admin)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long count(String table, String name) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE name = ?").param(name).query(Long.class).single();
    }
}

package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** Adding and editing a client in the back office, and what the portal may still change. */
@IntegrationTest
@RecordApplicationEvents
class ClientEditingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Clients clients;

    @Autowired
    ClientAdministration administration;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationEvents events;

    UserDetails admin;

    @BeforeEach
    void signIn() {
        admin = userDetails.loadUserByUsername(data.adminEmail());
    }

    @Test
    void anAdminAddsAClientWhoseDetailPageShowsEverything() throws Exception {
        String email = TestClients.tag() + "@example.com";
        String location = mvc.perform(save("/admin/clients", form(email, "abn", "51 824 753 556",
                        "billingAddress", "Level 2, 15 Harbour St\nSydney NSW 2000", "paymentTermsDays", "30",
                        "notes", "Prefers PETG")))
                .andExpect(redirectedUrlPattern("/admin/clients/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        ClientSummary client = clients.find(id).orElseThrow();
        assertThat(client.abn()).isEqualTo("51824753556");
        assertThat(client.formattedAbn()).isEqualTo("51 824 753 556");
        assertThat(client.paymentTermsDays()).isEqualTo(30);
        assertThat(client.billingAddress()).isEqualTo("Level 2, 15 Harbour St\nSydney NSW 2000");
        mvc.perform(get("/admin/clients/{id}", id).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("51 824 753 556")))
                .andExpect(content().string(containsString("30 days")))
                .andExpect(content().string(containsString("Prefers PETG")))
                .andExpect(content().string(containsString("hx-get=\"/admin/clients/" + id + "/documents\"")))
                .andExpect(content().string(containsString("hx-get=\"/admin/clients/" + id + "/portal-access\"")));
        assertThat(events.stream(ClientCreated.class).filter(event -> event.clientId() == id))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(admin.getUsername());
                    assertThat(event.entityType()).isEqualTo("client");
                    assertThat(event.summary()).contains("Test Person");
                });
    }

    @Test
    void anInvalidAbnIsAFieldErrorAndNothingIsSaved() throws Exception {
        String email = TestClients.tag() + "@example.com";
        mvc.perform(save("/admin/clients", form(email, "abn", "51 824 753 557", "paymentTermsDays", "366")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "abn", "paymentTermsDays"))
                .andExpect(content().string(containsString("ATO checksum")));
        assertThat(clients.search(new ClientSearch(email, null, false, true), 0, 1).getTotalElements()).isZero();
    }

    @Test
    void emptyOptionalFieldsAreStoredAsNothing() throws Exception {
        long id = clients.create(TestClients.details("Test Person", null, TestClients.tag() + "@example.com")).id();
        long version = administration.editable(id).version();
        mvc.perform(save("/admin/clients/" + id, form("new-" + TestClients.tag() + "@example.com", "abn", "  ",
                        "paymentTermsDays", "", "version", String.valueOf(version))))
                .andExpect(redirectedUrl("/admin/clients/" + id));
        ClientSummary client = clients.find(id).orElseThrow();
        assertThat(client.abn()).isNull();
        assertThat(client.paymentTermsDays()).as("the business default applies").isNull();
        assertThat(client.company()).isNull();
        mvc.perform(get("/admin/clients/{id}", id).with(user(admin)))
                .andExpect(content().string(containsString("Business default (")));
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndSavesNothing() throws Exception {
        long id = clients.create(TestClients.details("Original Name", null, TestClients.tag() + "@example.com")).id();
        mvc.perform(get("/admin/clients/{id}/edit", id).with(user(admin)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        String email = TestClients.tag() + "@example.com";
        mvc.perform(save("/admin/clients/" + id, form(email, "name", "First Admin", "version", "0")))
                .andExpect(redirectedUrl("/admin/clients/" + id));
        mvc.perform(save("/admin/clients/" + id, form(email, "name", "Second Admin", "version", "0")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Someone else changed this client")));

        assertThat(clients.find(id).orElseThrow().name()).isEqualTo("First Admin");
    }

    @Test
    void anUnknownClientIsNotFound() throws Exception {
        mvc.perform(get("/admin/clients/{id}", Long.MAX_VALUE).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/clients/{id}/edit", Long.MAX_VALUE).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/clients/{id}/archive", Long.MAX_VALUE).with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClientsOwnProfileEditKeepsTheBackOfficeFields() throws Exception {
        AccountPrincipal portalUser = data.client();
        long id = portalUser.clientId();
        ClientSummary before = clients.find(id).orElseThrow();
        administration.update(id, new ClientDetails(before.name(), before.company(), before.email(), before.phone(),
                "53 004 085 616", "PO Box 1\nHobart TAS 7000", "VIP", 45), administration.editable(id).version());

        mvc.perform(post("/portal/account/profile").with(user(portalUser)).with(csrf())
                        .param("name", "Renamed Client").param("company", "New Co").param("email", before.email())
                        .param("phone", ""))
                .andExpect(redirectedUrl("/portal/account"));

        ClientSummary after = clients.find(id).orElseThrow();
        assertThat(after.name()).isEqualTo("Renamed Client");
        assertThat(after.abn()).isEqualTo("53004085616");
        assertThat(after.notes()).isEqualTo("VIP");
        assertThat(after.paymentTermsDays()).isEqualTo(45);
        assertThat(events.stream(ClientUpdated.class).filter(event -> event.clientId() == id)
                .map(ClientUpdated::actor)).contains(portalUser.email());
    }

    private Map<String, String> form(String email, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Test Person");
        fields.put("company", "");
        fields.put("email", email);
        fields.put("phone", "");
        fields.put("abn", "");
        fields.put("billingAddress", "");
        fields.put("notes", "");
        fields.put("paymentTermsDays", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields;
    }

    private MockHttpServletRequestBuilder save(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(user(admin)).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}

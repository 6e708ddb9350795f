package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import com.printdesk.accounts.PortalAccessInvited;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The portal access panel on the client page (served by accounts): invite a client and let them in. */
@IntegrationTest
@RecordApplicationEvents
class PortalAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Clients clients;

    @Autowired
    JdbcClient jdbc;

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
    void anInvitedClientSetsAPasswordWithTheOneTimeLinkAndSignsIn() throws Exception {
        String email = TestClients.tag() + "@example.com";
        long id = clients.create(TestClients.details("Invited Client", "Invited Co", email)).id();
        mvc.perform(panel(id)).andExpect(content().string(containsString("Invite to portal")));

        String link = (String) mvc.perform(post("/admin/clients/{id}/invite", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients/" + id + "/portal-access"))
                .andExpect(flash().attribute("linkFor", email))
                .andReturn().getFlashMap().get("setPasswordLink");

        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE client_id = ? AND role = 'CLIENT' AND email = ?")
                .params(id, email).query(Long.class).single()).isEqualTo(1);
        mvc.perform(panel(id)).andExpect(content().string(containsString("Invited, no password yet")))
                .andExpect(content().string(containsString("New link")))
                .andExpect(content().string(not(containsString(link))));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(unauthenticated());

        String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
        mvc.perform(post("/set-password").with(csrf()).param("token", token)
                        .param("password", TestData.PASSWORD).param("confirmation", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("CLIENT"));
        mvc.perform(panel(id)).andExpect(content().string(containsString("Active")))
                .andExpect(content().string(not(containsString("New link"))));
        assertThat(events.stream(PortalAccessInvited.class).filter(event -> event.clientId() == id))
                .singleElement().satisfies(event -> assertThat(event.actor()).isEqualTo(admin.getUsername()));
    }

    @Test
    void aNewLinkReplacesTheFirstOne() throws Exception {
        String email = TestClients.tag() + "@example.com";
        long id = clients.create(TestClients.details("Lost Link", null, email)).id();
        String first = token(mvc.perform(post("/admin/clients/{id}/invite", id).with(user(admin)).with(csrf()))
                .andReturn().getFlashMap().get("setPasswordLink"));
        String second = token(mvc.perform(post("/admin/clients/{id}/portal-link", id).with(user(admin)).with(csrf()))
                .andReturn().getFlashMap().get("setPasswordLink"));

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/set-password").param("token", first)).andExpect(content().string(containsString("expired")));
        mvc.perform(get("/set-password").param("token", second)).andExpect(content().string(containsString(email)));
    }

    @Test
    void anEmailThatAlreadySignsInCannotBeInvitedAgain() throws Exception {
        String taken = data.clientEmail();
        long id = clients.create(TestClients.details("Same Email", null, taken)).id();

        mvc.perform(post("/admin/clients/{id}/invite", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients/" + id + "/portal-access"))
                .andExpect(flash().attribute("portalProblem", containsString("already exists")))
                .andExpect(flash().attributeCount(1));
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE client_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void thePanelIsAFragmentForHtmxAndAPageOtherwise() throws Exception {
        long id = clients.create(TestClients.details("Panel", null, TestClients.tag() + "@example.com")).id();
        mvc.perform(panel(id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"portal-access\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/admin/clients/{id}/portal-access", id).with(user(admin)))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"portal-access\"")));
        mvc.perform(get("/admin/clients/{id}/portal-access", Long.MAX_VALUE).with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClientUserCannotInviteOrSeeThePanel() throws Exception {
        UserDetails client = data.client();
        long id = clients.create(TestClients.details("Target", null, TestClients.tag() + "@example.com")).id();
        mvc.perform(get("/admin/clients/{id}/portal-access", id).with(user(client))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/clients/{id}/invite", id).with(user(client)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder panel(long id) {
        return get("/admin/clients/{id}/portal-access", id).header("HX-Request", "true").with(user(admin));
    }

    private static String token(Object link) {
        return UriComponentsBuilder.fromUriString((String) link).build().getQueryParams().getFirst("token");
    }
}

package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.clients.ClientDetails;
import com.printdesk.clients.Clients;
import com.printdesk.notifications.CapturedMail;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** Invitations are mailed; the one-time link is still shown once on screen as a fallback. */
@IntegrationTest
class InvitationMailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clients clients;

    @Autowired
    TestData data;

    @Test
    void aNewAdministratorGetsTheSetPasswordLinkByEmail() throws Exception {
        String email = TestData.uniqueEmail("staff");
        String shown = (String) mvc.perform(post("/admin/staff").with(user(data.adminPrincipal())).with(csrf())
                        .param("email", email).param("name", "New Colleague"))
                .andReturn().getFlashMap().get("setPasswordLink");

        CapturedMail invitation = CapturedMail.awaitOne(email);
        assertThat(invitation.subject()).isEqualTo("Your PrintDesk staff account");
        assertThat(invitation.text()).contains("Hello New Colleague", shown);
    }

    @Test
    void anInvitedClientGetsThePortalLinkByEmail() throws Exception {
        String email = TestData.uniqueEmail("invited");
        long id = clients.create(new ClientDetails("Invited Client", "Invited Co", email, null, null, null, null, null, true))
                .id();
        String shown = (String) mvc.perform(post("/admin/clients/{id}/invite", id).with(user(data.adminPrincipal()))
                        .with(csrf()))
                .andReturn().getFlashMap().get("setPasswordLink");

        CapturedMail invitation = CapturedMail.awaitOne(email);
        assertThat(invitation.subject()).isEqualTo("Your client portal access");
        assertThat(invitation.text()).contains("Hello Invited Client", "client portal", shown);
        assertThat(invitation.html()).contains(shown.replace("&", "&amp;"));
    }
}

package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.dev.MailCapture;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class AdminEmailsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRows rows;

    @Autowired
    MailOptionsSource options;

    @Autowired
    TestData data;

    @Test
    void theOutboxIsListedFilteredViewedAndASentEmailCanBeSentAgain() throws Exception {
        AccountPrincipal admin = data.adminPrincipal();
        String to = TestData.uniqueEmail("listed");
        long id = outbox.enqueue(mail("listed:" + to, to, "Your <order> is ready", false)).orElseThrow();
        CapturedMail.awaitOne(to);

        mvc.perform(get("/admin/emails").param("to", to).param("status", "SENT").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your &lt;order&gt; is ready")));
        mvc.perform(get("/admin/emails").param("to", to).param("status", "FAILED").with(user(admin)))
                .andExpect(content().string(containsString("No emails match these filters.")));
        mvc.perform(get("/admin/emails/" + id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hello Tester,")))
                .andExpect(content().string(containsString("srcdoc=")));

        mvc.perform(post("/admin/emails/" + id + "/resend").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/emails/" + id));
        assertThat(CapturedMail.awaitAtLeast(to, 2)).hasSize(2);

        mvc.perform(get("/admin/emails").with(user(data.client())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMailWithASecretLinkForgetsItOnceSentAndCannotBeResent() throws Exception {
        AccountPrincipal admin = data.adminPrincipal();
        String to = TestData.uniqueEmail("secret");
        long id = outbox.enqueue(mail("secret:" + to, to, "Reset", true)).orElseThrow();
        CapturedMail.awaitOne(to);

        assertThat(rows.find(id).orElseThrow().model()).isEmpty();
        mvc.perform(get("/admin/emails/" + id).with(user(admin)))
                .andExpect(content().string(containsString("content was removed")))
                .andExpect(content().string(not(containsString("resend-email"))));
        mvc.perform(post("/admin/emails/" + id + "/resend").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/emails/" + id));
        Thread.sleep(2500);
        assertThat(MailCapture.to(to)).hasSize(1);
    }

    @Test
    void replyToAndABlindCopyToTheBureauComeFromTheSettingsPage() throws Exception {
        AccountPrincipal admin = data.adminPrincipal();
        mvc.perform(get("/admin/emails/options").header("HX-Request", "true").with(user(admin)))
                .andExpect(content().string(containsString("Replies go to")));
        try {
            mvc.perform(post("/admin/emails/options").with(user(admin)).with(csrf())
                            .param("replyTo", "not an address"))
                    .andExpect(redirectedUrl("/admin/settings"));
            assertThat(options.choices().replyTo()).isNull();
            mvc.perform(post("/admin/emails/options").with(user(admin)).with(csrf())
                            .param("replyTo", "office@bureau.example").param("bccBureau", "true"))
                    .andExpect(redirectedUrl("/admin/settings"));
            String to = TestData.uniqueEmail("replyto");
            outbox.enqueue(mail("replyto:" + to, to, "Hello", false));

            CapturedMail mail = CapturedMail.of(CapturedMail.awaitAtLeast(to, 1).get(0));
            assertThat(mail.message().getReplyTo()[0].toString()).isEqualTo("office@bureau.example");
        }
        finally {
            options.update(new MailOptionsSource.MailChoices(null, false));
        }
    }

    @Test
    void everyTemplateHasAPreviewWithBothParts() throws Exception {
        AccountPrincipal admin = data.adminPrincipal();
        for (String template : List.of("document", "receipt", "adjustment", "job-ready", "job-delivered",
                "overdue-reminder", "invitation", "password-reset")) {
            mvc.perform(get("/admin/emails/previews").param("template", template).with(user(admin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hello Ada Lovelace,")))
                    .andExpect(content().string(containsString("srcdoc=")));
        }
    }

    private static Email mail(String cause, String to, String subject, boolean sensitive) {
        return new Email(cause, to, subject, "document", Map.of("name", "Tester", "document", "Quote QT-1",
                "portalUrl", "http://localhost/portal", "portalLabel", "Open"), List.of(), null, sensitive);
    }

}

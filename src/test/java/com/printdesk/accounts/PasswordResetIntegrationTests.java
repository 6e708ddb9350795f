package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.dev.MailCapture;
import com.printdesk.notifications.CapturedMail;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

@IntegrationTest
class PasswordResetIntegrationTests {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    TestData data;

    @org.junit.jupiter.api.AfterEach
    void timeAsItWas() {
        clock.reset();
    }

    @Test
    void aClientResetsTheirPasswordFromTheMailedLinkAndIsSignedOutElsewhere() throws Exception {
        String email = data.clientEmail();
        Cookie otherDevice = mvc.perform(post("/login").with(csrf()).param("email", email)
                .param("password", TestData.PASSWORD)).andExpect(authenticated())
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/portal").cookie(otherDevice)).andExpect(status().isOk());

        mvc.perform(forgot(email, "10.0.0.1")).andExpect(redirectedUrl("/forgot-password?sent"));
        CapturedMail mail = CapturedMail.awaitOne(email);
        assertThat(mail.subject()).isEqualTo("Reset your password");
        String token = token(mail.text());
        assertThat(mail.html()).contains("reset-password?token=" + token);

        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(email)));
        mvc.perform(reset(token, "a-brand-new-password")).andExpect(redirectedUrl("/login?passwordReset"));

        mvc.perform(formLogin("/login").userParameter("email").user(email).password("a-brand-new-password"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/portal").cookie(otherDevice)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUsedLinkDoesNotWorkASecondTime() throws Exception {
        String email = data.clientEmail();
        mvc.perform(forgot(email, "10.0.0.2"));
        String token = token(CapturedMail.awaitOne(email).text());
        mvc.perform(reset(token, "first-new-password")).andExpect(redirectedUrl("/login?passwordReset"));

        mvc.perform(reset(token, "second-new-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("expired or was already used")));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("first-new-password"))
                .andExpect(authenticated());
    }

    @Test
    void aLinkExpiresAfterAnHour() throws Exception {
        String email = data.clientEmail();
        mvc.perform(forgot(email, "10.0.0.3"));
        String token = token(CapturedMail.awaitOne(email).text());
        clock.advance(Duration.ofMinutes(61));

        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(content().string(Matchers.containsString("expired or was already used")));
        mvc.perform(reset(token, "too-late-password"))
                .andExpect(content().string(Matchers.containsString("expired or was already used")));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        String known = data.clientEmail();
        String unknown = TestData.uniqueEmail("nobody");
        String knownAnswer = mvc.perform(forgot(known, "10.0.0.4")).andReturn().getResponse().getRedirectedUrl();
        String unknownAnswer = mvc.perform(forgot(unknown, "10.0.0.4")).andReturn().getResponse().getRedirectedUrl();

        assertThat(unknownAnswer).isEqualTo(knownAnswer).isEqualTo("/forgot-password?sent");
        CapturedMail.awaitOne(known);
        assertThat(MailCapture.to(unknown)).isEmpty();
    }

    @Test
    void atMostThreeLinksPerEmailAnHour() throws Exception {
        String email = data.clientEmail();
        for (int i = 0; i < 5; i++) {
            mvc.perform(forgot(email, "10.0.1." + i)).andExpect(redirectedUrl("/forgot-password?sent"));
        }
        CapturedMail.awaitAtLeast(email, 3);
        Thread.sleep(3000);
        assertThat(MailCapture.to(email)).hasSize(3);
    }

    private static MockHttpServletRequestBuilder forgot(String email, String ip) {
        return post("/forgot-password").with(csrf()).param("email", email).with(request -> {
            request.setRemoteAddr(ip);
            return request;
        });
    }

    private static MockHttpServletRequestBuilder reset(String token, String password) {
        return post("/reset-password").with(csrf()).param("token", token).param("password", password)
                .param("confirmation", password);
    }

    private static String token(String text) {
        Matcher matcher = RESET_LINK.matcher(text);
        assertThat(matcher.find()).as("a reset link in: " + text).isTrue();
        return matcher.group(1);
    }
}

package com.printdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.SecondInstance;
import com.printdesk.support.TestData;

@IntegrationTest
class LoginThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForFifteenMinutes() throws Exception {
        String email = data.clientEmail();
        failFiveTimes(email);

        signIn(email, TestData.PASSWORD).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked&minutes=15"));
        mvc.perform(get("/login").param("error", "locked").param("minutes", "15"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Too many failed sign-in attempts for this email. Try again in")));

        clock.advance(Duration.ofMinutes(14));
        signIn(email, TestData.PASSWORD).andExpect(redirectedUrl("/login?error=locked&minutes=1"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(email, TestData.PASSWORD).andExpect(authenticated());
    }

    @Test
    void fourFailuresAndASuccessStartTheCountAgain() throws Exception {
        String email = data.clientEmail();
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong-password").andExpect(unauthenticated());
        }
        signIn(email, TestData.PASSWORD).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            signIn(email, "wrong-password").andExpect(unauthenticated());
        }
        signIn(email, TestData.PASSWORD).andExpect(authenticated());
    }

    @Test
    void theEmailIsThrottledWhateverItsCase() throws Exception {
        String email = data.clientEmail();
        failFiveTimes(email.toUpperCase());
        signIn(email, TestData.PASSWORD).andExpect(redirectedUrl("/login?error=locked&minutes=15"));
    }

    @Test
    void theLockHoldsOnAnotherInstanceSharingTheDatabase() throws Exception {
        String email = data.clientEmail();
        failFiveTimes(email);

        AuthenticationManager otherInstance = SecondInstance.context().getBean(AuthenticationManager.class);
        assertThatThrownBy(() -> otherInstance.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, TestData.PASSWORD)))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed sign-in attempts");
    }

    @Test
    void failuresOnTwoInstancesAddUp() throws Exception {
        String email = data.clientEmail();
        AuthenticationManager otherInstance = SecondInstance.context().getBean(AuthenticationManager.class);
        for (int i = 0; i < 3; i++) {
            signIn(email, "wrong-password").andExpect(redirectedUrl("/login?error=credentials"));
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> otherInstance.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong-password")))
                    .isNotInstanceOf(LockedException.class);
        }
        signIn(email, TestData.PASSWORD).andExpect(redirectedUrl("/login?error=locked&minutes=15"));
    }

    @Test
    void theRealSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        int port = Integer.parseInt(SecondInstance.context().getEnvironment().getProperty("local.server.port"));
        URI login = URI.create("http://localhost:" + port + "/login");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().replaceAll("^XSRF-TOKEN=([^;]*).*$", "$1");
        String form = "email=" + java.net.URLEncoder.encode(data.clientEmail(), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + TestData.PASSWORD;
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aSessionStartedOnOneInstanceIsHonouredByAnother() throws Exception {
        int port = Integer.parseInt(SecondInstance.context().getEnvironment().getProperty("local.server.port"));
        URI login = URI.create("http://localhost:" + port + "/login");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().replaceAll("^XSRF-TOKEN=([^;]*).*$", "$1");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + data.clientEmail().replace("@", "%40")
                                + "&password=" + TestData.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("SESSION="))
                .findFirst().orElseThrow().replaceAll("^SESSION=([^;]*).*$", "$1");

        mvc.perform(get("/portal").cookie(new jakarta.servlet.http.Cookie("SESSION", session)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(get("/portal")).andExpect(redirectedUrl("/login"));
    }

    private void failFiveTimes(String email) throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn(email, "wrong-password-" + i).andExpect(redirectedUrl("/login?error=credentials"));
        }
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
    }
}

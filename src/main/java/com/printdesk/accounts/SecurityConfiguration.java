package com.printdesk.accounts;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what. {@code /admin/**} needs ADMIN, {@code /portal/**}, {@code /api/client/**} and {@code /api/quick-order/**} need CLIENT, {@code DELETE /api/order-files/**} ADMIN, {@code /api/**}
 * a signed-in user (answered with problem details, not a login redirect), the Stripe webhook is
 * open and the only path without CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String WEBHOOK = "/api/stripe/webhook";
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    /**
     * Stripe proves who it is with the signature the controller checks on the raw body; a session,
     * CSRF token, remember-me cookie or saved request would only cost time on every delivery.
     */
    @Bean
    @Order(1)
    SecurityFilterChain stripeWebhookChain(HttpSecurity http) {
        http.securityMatcher(WEBHOOK)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(anonymous -> anonymous.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            PersistentTokenRepository rememberMeTokens, AccountUserDetailsService userDetails,
            UserAccounts users) {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/register", "/set-password", "/error").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/branding/logo").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/portal/**").hasRole("CLIENT")
                        // a client's own data for integrations: an admin has no client, so 403 rather than an empty answer
                        .requestMatchers("/api/client/**").hasRole("CLIENT")
                        // the shop orders for the signed-in client: an admin has none to order for
                        .requestMatchers("/api/quick-order/**").hasRole("CLIENT")
                        // order files are downloaded by an admin or their client, but only the bureau deletes them
                        .requestMatchers(HttpMethod.DELETE, "/api/order-files/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                // off unless the user ticks "Remember me"; tokens live in the database, so every instance honours them
                .rememberMe(remember -> remember.tokenRepository(rememberMeTokens)
                        .userDetailsService(userDetails)
                        .key(randomKey())
                        .tokenValiditySeconds(14 * 24 * 3600))
                .csrf(csrf -> csrf.spa())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
                                new LoginUrlAuthenticationEntryPoint("/login"),
                                new RequestMatcherEntry<>(API, problem(HttpStatus.UNAUTHORIZED))))
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(API, problemDenied())), new AccessDeniedHandlerImpl())))
                // form-action also governs where a form's redirect may go: "Pay now" posts, then redirects to Stripe Checkout
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'self'; form-action 'self' https://checkout.stripe.com"))
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new ActiveAccountFilter(users),
                        org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String target = exception instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled
                    ? "/login?error=locked&minutes=" + throttled.minutes()
                    : "/login?error=credentials";
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /** Persistent remember-me tokens are random and stored; the key only guards this instance's own tokens. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private static AuthenticationEntryPoint problem(HttpStatus status) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) ->
                writeProblem(response, status, "Sign in to use this endpoint.");
    }

    private static AccessDeniedHandler problemDenied() {
        return (request, response, ex) -> writeProblem(response, HttpStatus.FORBIDDEN,
                "Your account may not use this endpoint.");
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}

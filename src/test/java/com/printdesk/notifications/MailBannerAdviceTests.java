package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MailBannerAdviceTests {

    private final OutboxRows rows = mock(OutboxRows.class);

    @Test
    void withoutAnSmtpHostAdminPagesSayHowManyEmailsWait() {
        when(rows.countQueued()).thenReturn(3L);
        MailBannerAdvice advice = new MailBannerAdvice(properties(""), rows);
        assertThat(advice.mailBanner(new MockHttpServletRequest("GET", "/admin/invoices")))
                .contains("MAIL_HOST", "3 emails are waiting");
        assertThat(advice.mailBanner(new MockHttpServletRequest("GET", "/portal"))).isNull();
        assertThat(advice.mailBanner(new MockHttpServletRequest("POST", "/admin/invoices"))).isNull();
    }

    @Test
    void withAnSmtpHostThereIsNoBanner() {
        MailBannerAdvice advice = new MailBannerAdvice(properties("smtp.example.com"), rows);
        assertThat(advice.mailBanner(new MockHttpServletRequest("GET", "/admin"))).isNull();
    }

    private static MailProperties properties(String host) {
        return new MailProperties(host, 587, null, null, "x@example.com", Duration.ofSeconds(10), 5,
                Duration.ofMinutes(1), List.of(3, 7, 14));
    }
}

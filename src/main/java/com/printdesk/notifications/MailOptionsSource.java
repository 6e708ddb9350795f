package com.printdesk.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.notifications.MailTransport.MailOptions;
import com.printdesk.settings.Settings;

/** Reply-to and "BCC the bureau" ({@code notification_settings}), read when each mail is sent. */
@Component
public class MailOptionsSource {

    private final JdbcClient jdbc;
    private final Settings settings;

    MailOptionsSource(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    MailOptions current() {
        MailChoices choices = choices();
        String bureau = settings.current().email();
        String bcc = choices.bccBureau() && bureau != null && !bureau.isBlank() ? bureau : null;
        return new MailOptions(blankToNull(choices.replyTo()), bcc);
    }

    @Transactional(readOnly = true)
    public MailChoices choices() {
        return jdbc.sql("SELECT reply_to, bcc_bureau FROM notification_settings WHERE id = 1")
                .query((rs, n) -> new MailChoices(rs.getString("reply_to"), rs.getBoolean("bcc_bureau"))).single();
    }

    @Transactional
    public void update(MailChoices choices) {
        jdbc.sql("UPDATE notification_settings SET reply_to = ?, bcc_bureau = ? WHERE id = 1")
                .params(blankToNull(choices.replyTo()), choices.bccBureau()).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What the settings page edits. */
    public record MailChoices(String replyTo, boolean bccBureau) {
    }
}

package com.printdesk.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * An in-process SMTP server (GreenMail) for the dev run and the tests, started once per JVM: every
 * application context sends its mail here, the dev page {@code /dev/mail} lists it and tests read it.
 * {@link #stop()} and {@link #start()} simulate an SMTP outage on the same port.
 */
public class MailCapture implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static GreenMail smtp;
    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mailCapture", Map.of(
                "printdesk.mail.host", "127.0.0.1",
                "printdesk.mail.port", Integer.toString(port),
                "printdesk.mail.from", "PrintDesk Dev <printdesk@printdesk.local>",
                "printdesk.mail.send-interval", "1s",
                // GreenMail logs a line per new recipient
                "logging.level.com.icegreen.greenmail", "warn")));
    }

    public static synchronized void start() {
        if (smtp != null) {
            return;
        }
        try {
            if (port == 0) {
                port = freePort();
            }
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not start the in-process SMTP server (GreenMail)", ex);
        }
    }

    /** Takes SMTP away (tests of outages); what was captured so far is dropped. */
    public static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** Everything captured since the server (re)started, oldest first. */
    public static synchronized List<MimeMessage> messages() {
        return smtp == null ? List.of() : Arrays.asList(smtp.getReceivedMessages());
    }

    /** Messages for one recipient: tests share the server, so each filters by its own unique address. */
    public static List<MimeMessage> to(String recipient) {
        return messages().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
            }
            catch (jakarta.mail.MessagingException ex) {
                return false;
            }
        }).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}

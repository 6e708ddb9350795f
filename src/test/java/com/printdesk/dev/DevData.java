package com.printdesk.dev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.printdesk.accounts.EmailAlreadyRegistered;
import com.printdesk.accounts.Registration;
import com.printdesk.accounts.RegistrationForm;

/**
 * Demo data of the embedded dev run: a demo client with a portal user (the first administrator comes
 * from {@code printdesk.admin.*} like in production). Prints where to go and how to sign in.
 */
@Component
@Profile("dev")
class DevData {

    private static final Logger log = LoggerFactory.getLogger(DevData.class);
    private final Registration registration;
    private final Environment environment;

    DevData(Registration registration, Environment environment) {
        this.registration = registration;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        try {
            registration.register(new RegistrationForm("Demo Client", DevAccounts.CLIENT_EMAIL,
                    DevAccounts.CLIENT_PASSWORD, "Demo Engineering Pty Ltd", "02 9000 0000"));
        }
        catch (EmailAlreadyRegistered ex) {
            // already seeded
        }
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("""

                ================================================================
                 PrintDesk is running at {}
                 Admin:  {}  /  {}
                 Client: {}  /  {}
                ================================================================""",
                url, DevAccounts.ADMIN_EMAIL, DevAccounts.ADMIN_PASSWORD, DevAccounts.CLIENT_EMAIL,
                DevAccounts.CLIENT_PASSWORD);
    }
}

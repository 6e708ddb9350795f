package com.printdesk.support;

import java.util.UUID;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.accounts.Accounts;
import com.printdesk.accounts.Registration;
import com.printdesk.accounts.RegistrationForm;
import com.printdesk.accounts.Staff;

/** Builds users for tests, each with a unique email so tests sharing the database never collide. */
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";

    private final Registration registration;
    private final Staff staff;
    private final Accounts accounts;

    private final org.springframework.security.core.userdetails.UserDetailsService userDetails;

    TestData(Registration registration, Staff staff, Accounts accounts,
            org.springframework.security.core.userdetails.UserDetailsService userDetails) {
        this.userDetails = userDetails;
        this.registration = registration;
        this.staff = staff;
        this.accounts = accounts;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public AccountPrincipal client() {
        return registration.register(new RegistrationForm("Test Client", uniqueEmail("client"), PASSWORD,
                "Test Pty Ltd", "0400 000 000"));
    }

    /** A signed-up client; the email is returned so tests can sign in with {@link #PASSWORD}. */
    public String clientEmail() {
        return client().email();
    }

    /** An active administrator with {@link #PASSWORD}. */
    public String adminEmail() {
        String email = uniqueEmail("admin");
        accounts.ensureAdmin(email, "Test Admin", PASSWORD);
        return email;
    }

    /** A draft invoice body for the client: lines of (description, quantity, unit price in dollars). */
    public static com.printdesk.shared.DocumentDetails details(String buyer, String... lines) {
        java.util.List<com.printdesk.shared.LineItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i += 3) {
            items.add(com.printdesk.shared.LineItem.simple(lines[i], new java.math.BigDecimal(lines[i + 1]),
                    com.printdesk.shared.Money.parse(lines[i + 2])));
        }
        return new com.printdesk.shared.DocumentDetails(com.printdesk.shared.GstCalculation.PriceEntry.EXCLUSIVE,
                new com.printdesk.shared.DocumentDetails.BillTo(buyer, buyer + " Pty Ltd", null, null, "1 Test St"),
                items, null, null, null, null, null);
    }

    /** A signed-in administrator for MockMvc's {@code user(...)}. */
    public AccountPrincipal adminPrincipal() {
        return (AccountPrincipal) userDetails.loadUserByUsername(adminEmail());
    }

    public Staff staff() {
        return staff;
    }
}

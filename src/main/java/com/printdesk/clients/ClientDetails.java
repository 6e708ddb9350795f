package com.printdesk.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.printdesk.shared.ValidAbn;

/**
 * Everything the back office records about a client, as entered on the admin form. The portal edits
 * only the {@link #contact() contact details}.
 *
 * @param paymentTermsDays days to pay, or null for the business default
 * @param paymentReminders false: no overdue payment reminders for this client (null: true)
 */
public record ClientDetails(
        @NotBlank(message = "Enter a name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
        @Size(max = 160, message = "Keep the company under 160 characters") String company,
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = 254, message = "Keep the email under 254 characters") String email,
        @Pattern(regexp = "^$|^[+0-9 ()-]{6,20}$", message = "Enter a phone number of digits, spaces, +, ( ) or -")
        String phone,
        @ValidAbn String abn,
        @Size(max = 500, message = "Keep the billing address under 500 characters") String billingAddress,
        @Size(max = 4000, message = "Keep the notes under 4,000 characters") String notes,
        @Min(value = 0, message = "Payment terms cannot be negative")
        @Max(value = 365, message = "Payment terms are at most 365 days") Integer paymentTermsDays,
        Boolean paymentReminders) {

    public ClientDetails {
        // a form without the checkbox at all (not even its "_" marker) leaves reminders on
        paymentReminders = paymentReminders == null || paymentReminders;
    }

    /**
     * Reminders on, as for every client that has not opted out. Package-private on purpose: form binding
     * builds a record through its only public constructor.
     */
    ClientDetails(String name, String company, String email, String phone, String abn, String billingAddress,
            String notes, Integer paymentTermsDays) {
        this(name, company, email, phone, abn, billingAddress, notes, paymentTermsDays, true);
    }

    public static ClientDetails of(ContactDetails contact) {
        return new ClientDetails(contact.name(), contact.company(), contact.email(), contact.phone(), null, null,
                null, null);
    }

    public static ClientDetails empty() {
        return new ClientDetails("", "", "", "", "", "", "", null, true);
    }

    public ContactDetails contact() {
        return new ContactDetails(name, company, email, phone);
    }
}

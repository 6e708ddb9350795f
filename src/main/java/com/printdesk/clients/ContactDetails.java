package com.printdesk.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who a client is and how to reach them, as entered on a form. */
public record ContactDetails(
        @NotBlank(message = "Enter a name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
        @Size(max = 160, message = "Keep the company under 160 characters") String company,
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = 254) String email,
        @Pattern(regexp = "^$|^[+0-9 ()-]{6,20}$", message = "Enter a phone number of digits, spaces, +, ( ) or -")
        String phone) {
}

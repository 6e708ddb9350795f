package com.printdesk.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new client enters on the sign-up page. */
public record RegistrationForm(
        @NotBlank(message = "Enter your name") @Size(max = 120, message = "Keep the name under 120 characters") String name,
        @NotBlank(message = "Enter your email address") @Email(message = "Enter a valid email address")
        @Size(max = 254) String email,
        @NotBlank(message = "Choose a password") String password,
        @Size(max = 160, message = "Keep the company under 160 characters") String company,
        @Pattern(regexp = "^$|^[+0-9 ()-]{6,20}$", message = "Enter a phone number of digits, spaces, +, ( ) or -")
        String phone) {

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "");
    }
}

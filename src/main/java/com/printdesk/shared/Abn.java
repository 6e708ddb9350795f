package com.printdesk.shared;

import java.util.Objects;

/**
 * An Australian Business Number: 11 digits passing the ATO checksum.
 *
 * <p>Check: subtract 1 from the first digit, weight the digits 10, 1, 3, 5, … 19, and the sum must
 * be divisible by 89.
 */
public record Abn(String digits) {

    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    public Abn {
        Objects.requireNonNull(digits, "digits");
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not a valid ABN: " + digits);
        }
    }

    /** Parses user input, ignoring spaces: {@code "51 824 753 556"}. */
    public static Abn parse(String input) {
        return new Abn(normalise(input));
    }

    public static boolean isValid(String input) {
        if (input == null) {
            return false;
        }
        String digits = normalise(input);
        if (!digits.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int digit = digits.charAt(i) - '0';
            if (i == 0) {
                digit -= 1;
            }
            sum += digit * WEIGHTS[i];
        }
        return sum % 89 == 0;
    }

    static String normalise(String input) {
        return input.replace(" ", "");
    }

    /** The ATO's display form: {@code 51 824 753 556}. */
    public String formatted() {
        return digits.substring(0, 2) + " " + digits.substring(2, 5) + " " + digits.substring(5, 8) + " "
                + digits.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}

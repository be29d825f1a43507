package org.ecosite.kind;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 公民身份号码 of GB 11643-1999: six digits of the place of registration, eight of the date of
 * birth, three of a serial number and a check character ({@code 0}–{@code 9} or {@code X}) computed
 * modulo 11. Only an 18-character number whose birth date is a real day and whose check character
 * fits counts as one, so ordinary long figures are not taken for identity numbers.
 */
public final class IdentityNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdentityNumber() {
    }

    public static boolean isValid(String number) {
        if (number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(number.charAt(17)) != CHECK.charAt(sum % 11)) {
            return false;
        }
        try {
            int year = Integer.parseInt(number.substring(6, 10));
            LocalDate.of(year, Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return year >= 1880 && year <= 2100;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

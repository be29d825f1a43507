package org.ecosite.kind;

import java.util.Optional;

/**
 * The 统一社会信用代码 of an organisation, as GB 32100-2015 defines it: 18 characters from an
 * alphabet of 31 (digits and capital letters without I, O, Z, S, V), the 3rd to 8th a 行政区划码 of
 * digits, the 18th a check character computed from the first 17 with fixed weights modulo 31.
 */
public final class CreditCode {

    /** The code's characters, each worth its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^i mod 31 for the positions 1 to 17 (GB 32100-2015, 4.2 and Appendix A). */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** What is wrong with a code, for the editor's message. */
    public enum Flaw { LENGTH, CHARACTER, REGION, CHECK }

    /** @return empty when {@code code} is a valid 统一社会信用代码, else what is wrong with it */
    public static Optional<Flaw> check(String code) {
        if (code.length() != 18) {
            return Optional.of(Flaw.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Flaw.CHARACTER);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of(Flaw.REGION);
            }
        }
        return code.charAt(17) == checkCharacter(code) ? Optional.empty() : Optional.of(Flaw.CHECK);
    }

    /** The check character the first 17 characters call for. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}

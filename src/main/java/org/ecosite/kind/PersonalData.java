package org.ecosite.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data that must never be published: resident identity numbers (GB 11643-1999,
 * check character verified), mainland mobile numbers and bank card numbers (Luhn check). A
 * masked number ({@code 110***********1234}, {@code 138****0000}) holds stars and is never found.
 *
 * <p>Only numbers standing on their own count: a run of digits joined to more digits, letters or a
 * decimal point (an amount, a date, an 索引号 like {@code 11500242MB0000000X/2024-00012}) is not
 * one, and the checks weed out long figures that only look like numbers of a person.
 */
public final class PersonalData {

    /** What was found, and the key of its message. */
    public enum Kind {
        IDENTITY("personal.identity"), MOBILE("personal.mobile"), BANK_CARD("personal.bank_card");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * @param start the index of its first character in the text searched
     * @param text  the number as written
     */
    public record Finding(Kind kind, int start, String text) {
    }

    private static final String BEFORE = "(?<![0-9A-Za-z.*＊])";
    private static final String AFTER = "(?![0-9A-Za-z*＊]|\\.\\d)";
    private static final Pattern IDENTITY = Pattern.compile(BEFORE + "\\d{17}[0-9Xx]" + AFTER);
    /** 1[3-9]x xxxx xxxx, written whole or in groups of 3-4-4 with a space or a hyphen, optionally after +86. */
    private static final Pattern MOBILE = Pattern.compile(BEFORE + "(?:\\+?86[ -]?)?1[3-9]\\d([ -]?)\\d{4}\\1\\d{4}"
            + AFTER);
    /** 16 to 19 digits, whole or in groups of four; issuers' numbers start with 3 to 6 or 9. */
    private static final Pattern CARD = Pattern.compile(BEFORE + "[3-69]\\d{3}(?:([ -]?)\\d{4}){2}\\1\\d{4}(?:\\1?\\d{1,3})?"
            + AFTER);

    private PersonalData() {
    }

    /** Every unmasked number of a person in {@code text}, in order of position. */
    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (!mayHoldNumber(text)) {
            return found;
        }
        List<int[]> taken = new ArrayList<>();
        Matcher id = IDENTITY.matcher(text);
        while (id.find()) {
            if (IdentityNumber.isValid(id.group())) {
                found.add(new Finding(Kind.IDENTITY, id.start(), id.group()));
                taken.add(new int[] {id.start(), id.end()});
            }
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = card.group().replaceAll("[ -]", "");
            // An organisation's 统一社会信用代码 may be 18 digits too: a valid one is left to its own check.
            boolean creditCode = digits.length() == 18 && CreditCode.check(digits).isEmpty();
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && !creditCode
                    && free(taken, card.start(), card.end())) {
                found.add(new Finding(Kind.BANK_CARD, card.start(), card.group()));
                taken.add(new int[] {card.start(), card.end()});
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            if (free(taken, mobile.start(), mobile.end())) {
                found.add(new Finding(Kind.MOBILE, mobile.start(), mobile.group()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Finding::start));
        return found;
    }

    /** The Luhn (ISO/IEC 7812) check every bank card number passes. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
    }

    /** A text without three digits in a row holds no such number: it needs no regular expression. */
    private static boolean mayHoldNumber(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 3) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                run = 0;
            }
        }
        return false;
    }
}

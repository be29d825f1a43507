package org.ecosite.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ecosite.config.Language;

/** Dates as readers of each language write them: 2024年6月5日, 5 June 2024. */
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static Views.Date of(LocalDate date, Language language) {
        return new Views.Date(date.toString(), text(date, language));
    }

    public static String text(LocalDate date, Language language) {
        if (language == Language.EN) {
            return date.format(ENGLISH);
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

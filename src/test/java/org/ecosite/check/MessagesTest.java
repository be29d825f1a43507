package org.ecosite.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message formats whole: MessageFormat takes a single apostrophe for a quote, which would swallow
 * the arguments after it ("the front matter's indicators say {3}"), so apostrophes must be doubled.
 */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyArgumentIsFilledInAndEveryApostropheShown(String file) throws Exception {
        Properties raw = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            raw.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Messages messages = Messages.of(file.contains("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        Object[] args = {"A0", "A1", "A2", "A3", "A4", "A5", "A6"};
        for (String key : raw.stringPropertyNames()) {
            String pattern = raw.getProperty(key);
            String text = messages.get(key, args);
            assertFalse(text.matches("(?s).*\\{\\d\\}.*"), () -> key + " leaves an argument out: " + text);
            if (pattern.contains("''")) {
                assertTrue(text.contains("'"), () -> key + " lost its apostrophe: " + text);
            }
            assertFalse(pattern.replace("''", "").contains("'"), () -> key + " has a single apostrophe: " + pattern);
        }
    }
}

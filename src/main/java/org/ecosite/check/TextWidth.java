package org.ecosite.check;

/** How wide text is on a terminal or in a monospaced file: Chinese characters and full-width forms take two columns. */
public final class TextWidth {

    private TextWidth() {
    }

    /** Columns of the first {@code chars} characters (code points); characters beyond the text count one each. */
    public static int of(String text, int chars) {
        int width = 0;
        int count = 0;
        for (int i = 0; i < text.length() && count < chars; count++) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width + Math.max(0, chars - count);
    }

    /** Columns of the whole text. */
    public static int of(String text) {
        return of(text, text.codePointCount(0, text.length()));
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return script == Character.UnicodeScript.HAN || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
    }
}

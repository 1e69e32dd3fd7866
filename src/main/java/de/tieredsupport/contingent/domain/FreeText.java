package de.tieredsupport.contingent.domain;

/**
 * The rules for text people type that others will read (reasons of top-ups, suspensions and level corrections, and
 * names such as the time zone): at most {@value #MAX_LENGTH} characters; no control characters but tab, line feed and
 * carriage return, and no surrogate without its partner (PostgreSQL refuses NUL; such text cannot be shown or mailed
 * faithfully); and no Unicode format characters (general category Cf: bidirectional overrides and isolates such as
 * U+202E, zero-width space, joiners and non-joiners, word joiner, byte order mark, soft hyphen, ...), which are
 * invisible and can make an audit entry read differently from what it says.
 */
public final class FreeText {

    public static final int MAX_LENGTH = 2_000;

    private FreeText() {
    }

    /** Adds at most one violation at {@code field}; null text is fine (absent). */
    public static void check(Violations v, String field, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_LENGTH) {
            v.add(field, "text.tooLong", "At most " + MAX_LENGTH + " characters", MAX_LENGTH);
        } else if (!printable(text)) {
            v.add(field, "text.invalidCharacters", "Control characters and broken characters are not allowed");
        } else if (hasFormatCharacter(text)) {
            v.add(field, "text.formatCharacters",
                    "Invisible formatting characters (direction controls, zero-width characters) are not allowed");
        }
    }

    /**
     * No control characters but tab, line feed and carriage return (C0 and C1), and no surrogate without its
     * partner.
     */
    public static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any code point is of general category Cf (format), e.g. U+202E, U+200B, U+2066, U+FEFF, U+00AD. */
    public static boolean hasFormatCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
    }
}

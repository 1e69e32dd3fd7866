package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/** The rules for reasons and names: length, control characters, broken surrogates, invisible format characters. */
public class FreeTextTest {

    private static List<String> codes(String text) {
        Violations v = new Violations();
        FreeText.check(v, "reason", text);
        return v.list().stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    public void refusesEveryUnicodeFormatCharacter() {
        // bidi embeddings, overrides, isolates and marks, zero-width space, joiners, word joiner, invisible
        // operators, BOM, soft hyphen, Arabic letter mark, Mongolian vowel separator, interlinear annotation, tags
        int[] format = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0x2062, 0x2064, 0xFEFF, 0x00AD, 0x180E, 0xFFF9, 0xE0001, 0xE0041};
        for (int c : format) {
            String text = "ok " + new String(Character.toChars(c)) + " ok";
            assertEquals(Integer.toHexString(c), List.of("reason:text.formatCharacters"), codes(text));
        }
        // and exactly those: every code point of category Cf in the BMP is refused, no letter is
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || Character.isISOControl(c)) {
                continue;
            }
            boolean refused = FreeText.hasFormatCharacter(String.valueOf((char) c));
            assertEquals(Integer.toHexString(c), Character.getType(c) == Character.FORMAT, refused);
        }
    }

    @Test
    public void keepsTheEarlierRules() {
        assertEquals(List.of("reason:text.invalidCharacters"), codes("a\u0000b"));
        assertEquals(List.of("reason:text.invalidCharacters"), codes("\u0085"));
        assertEquals(List.of("reason:text.invalidCharacters"), codes("\uD800"));
        assertEquals(List.of("reason:text.tooLong"), codes("x".repeat(FreeText.MAX_LENGTH + 1)));
        assertEquals(List.of(), codes(null));
        assertEquals(List.of(), codes(""));
        assertEquals(List.of(), codes("x".repeat(FreeText.MAX_LENGTH)));
    }

    @Test
    public void acceptsVisibleTextOfAnyScript() {
        for (String text : new String[] {"Kunde hat zugestimmt", "Gr\u00fc\u00dfe, \u00e9t\u00e9", "\u4f60\u597d",
            "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\uD83D\uDE00 \uD83D\uDC4D",
            "line one\nline two\ttab\r\n", "\u00a0no-break space", "em\u2014dash \u2026"}) {
            assertTrue(text, codes(text).isEmpty());
        }
    }
}

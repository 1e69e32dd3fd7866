package de.tieredsupport.contingent.service;

/**
 * Text that goes into a spreadsheet cell (CSV download, Excel view) must stay text. A spreadsheet evaluates a cell as a
 * formula when its first character that is not blank is {@code =}, {@code +}, {@code -} or {@code @} (also after
 * leading spaces, tabs or no-break spaces, and in their full-width forms, which some spreadsheets fold), so such text
 * gets a leading apostrophe, which spreadsheets show as text and do not display. Text starting with a line break or a
 * tab is treated the same, since some importers strip them first.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The value as a spreadsheet shows it as text; null is the empty text. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBlank(c)) {
                continue;
            }
            return isFormulaStart(c) || i > 0 && (value.charAt(0) == '\t' || value.charAt(0) == '\r'
                    || value.charAt(0) == '\n') ? "'" + value : value;
        }
        return value;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isFormulaStart(char c) {
        return switch (c) {
            // ASCII and full-width = + - @, and the minus sign
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212' -> true;
            default -> false;
        };
    }
}

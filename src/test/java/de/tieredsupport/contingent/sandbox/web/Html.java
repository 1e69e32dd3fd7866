package de.tieredsupport.contingent.sandbox.web;

/** HTML escaping for text and quoted attribute values: every user-supplied string goes through {@link #esc}. */
public final class Html {

    private Html() {
    }

    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text of HTML that holds no elements, e.g. a {@code <title>} a template escaped: the five entities {@link #esc}
     * writes and numeric ones decoded. Only for text that is escaped again before it is written.
     */
    public static String unescape(String html) {
        java.util.regex.Matcher numeric = java.util.regex.Pattern
                .compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));").matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = numeric.group(1) != null ? Integer.parseInt(numeric.group(1), 16)
                    : Integer.parseInt(numeric.group(2));
            numeric.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(
                    Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : ""));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}

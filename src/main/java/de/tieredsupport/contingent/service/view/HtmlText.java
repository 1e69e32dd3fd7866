package de.tieredsupport.contingent.service.view;

/** Text into HTML that the plugin writes itself (mails, the Excel sheet), outside Velocity's escaping. */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
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
}

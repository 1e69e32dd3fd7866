package de.tieredsupport.contingent.jira.mail;

import java.util.Locale;

import de.tieredsupport.contingent.service.view.HtmlText;

/** The frame every mail of the plugin shares: the HTML page around the body, the footer and header-safe text. */
final class MailPage {

    private MailPage() {
    }

    /** The page up to the body's start, in the mail's language, with the subject as its title. */
    static StringBuilder start(Locale locale, String subject) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlText.escape(locale.getLanguage()))
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(HtmlText.escape(subject))
                .append("</title>\n</head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #172b4d;\">\n");
        return html;
    }

    /** The footer naming the product, and the page's end. */
    static AlertMailComposer.Mail finish(StringBuilder html, String subject, AlertMailComposer.Messages messages) {
        html.append("<p style=\"color: #6b778c; font-size: 12px;\">")
                .append(HtmlText.escape(messages.text("support-contingent.mail.footer",
                        messages.text(AlertMailComposer.PRODUCT_NAME_KEY))))
                .append("</p>\n</body>\n</html>\n");
        return new AlertMailComposer.Mail(subject, html.toString());
    }

    /** A header value on one line: line breaks and other control characters become spaces. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    /** The base URL without trailing slashes, so paths can be appended. */
    static String trimmed(String baseUrl) {
        String base = baseUrl;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}

package de.tieredsupport.contingent.jira.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.service.view.HtmlText;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.ServiceHoursView;

/**
 * Subject and HTML body of one alert e-mail in one language. Pure: the texts come from a {@link Messages} source
 * (in Jira the recipient's I18nHelper, in tests the plugin's bundles), so nothing here depends on Jira.
 * <p>
 * Every text is plain text until it is written into the HTML, where it is escaped once, so project names, keys and
 * translations can never inject markup. The subject is a header, not HTML: it is not escaped, but line breaks are
 * removed.
 */
public final class AlertMailComposer {

    /** The contract settings page of a project; {@code projectKey} is appended as a query parameter. */
    public static final String CONTRACT_PATH = "/plugins/servlet/support-contingent/contract";

    static final String KEY_PREFIX = "support-contingent.mail.";
    static final String PRODUCT_NAME_KEY = "support-contingent.name";

    /**
     * Translated message by key, with {@link java.text.MessageFormat}-style arguments ({@code {0}}, {@code {1}} …).
     * The composer passes only Strings as arguments, already formatted for the language.
     */
    @FunctionalInterface
    public interface Messages {
        String text(String key, Object... args);
    }

    /** The composed e-mail: a one-line subject and an HTML document. */
    public record Mail(String subject, String htmlBody) {

        public Mail {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(htmlBody, "htmlBody");
        }
    }

    private final Locale locale;
    private final Messages messages;
    private final DisplayFormat format;

    /**
     * @param locale the recipient's language; decides durations and month names (the texts come from {@code messages})
     */
    public AlertMailComposer(Locale locale, Messages messages) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Objects.requireNonNull(messages, "messages");
        // the mail shows no instants, so the zone does not matter
        this.format = new DisplayFormat(locale, ZoneOffset.UTC);
    }

    /**
     * @param zone the contract's time zone: the crossing worklog's times are shown in it
     * @param projectKey the Jira project key of the contract
     * @param projectName the project's name; the key stands in for a missing name
     * @param baseUrl Jira's canonical base URL, with or without a trailing slash
     */
    public Mail compose(Alert alert, ZoneId zone, String projectKey, String projectName, String baseUrl) {
        return compose(alert, zone, projectKey, projectName, baseUrl, null);
    }

    /**
     * As {@link #compose(Alert, ZoneId, String, String, String)}, with the contract's 1st-level service hours in the
     * alert's month after the choices.
     *
     * @param hours null to leave them out
     */
    public Mail compose(Alert alert, ZoneId zone, String projectKey, String projectName, String baseUrl,
            ServiceHoursView hours) {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        String name = projectName == null || projectName.isBlank() ? projectKey : projectName;

        String level = text("level." + alert.level().key());
        String month = monthLabel(alert);
        String threshold = text("percent", Integer.toString(alert.thresholdPercent()));
        String customer = text("customer", name, projectKey);

        String subject = MailPage.oneLine(text("subject", projectKey, level, threshold, month));

        long used = alert.usedMinutes().toLong();
        long available = alert.availableMinutes().toLong();
        boolean over = used > available;

        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #172b4d;\">\n");
        paragraph(html, text("greeting"));
        paragraph(html, text("intro", level, customer, month, threshold));

        html.append("<table style=\"border-collapse: collapse; margin: 12px 0;\">\n");
        row(html, text("label.customer"), customer);
        row(html, text("label.level"), level);
        row(html, text("label.month"), month);
        row(html, text("label.threshold"), threshold);
        row(html, text("label.used"), text("usedOf", duration(used), duration(available)));
        if (over) {
            row(html, text("label.over"), duration(used - available));
        } else {
            row(html, text("label.remaining"), duration(available - used));
        }
        if (alert.crossing() != null) {
            Alert.Crossing crossing = alert.crossing();
            row(html, text("label.crossedBy"), text("crossedBy", Long.toString(crossing.worklogId()),
                    dateTime(crossing.worklogStart(), zone), dateTime(crossing.bookedAt(), zone), zone.getId()));
        }
        html.append("</table>\n");

        paragraph(html, text("decide.intro", month));
        html.append("<ul>\n");
        html.append("<li>").append(escape(text("decide.topUp", level, month))).append("</li>\n");
        html.append("<li>").append(escape(text("decide.suspend", level, month))).append("</li>\n");
        html.append("</ul>\n");
        if (hours != null) {
            paragraph(html, hours.line(messages::text));
        }

        html.append("<p><a href=\"").append(escape(contractUrl(baseUrl, projectKey))).append("\">")
                .append(escape(text("link"))).append("</a></p>\n");
        html.append("<p style=\"color: #6b778c; font-size: 12px;\">")
                .append(escape(text("footer", messages.text(PRODUCT_NAME_KEY)))).append("</p>\n");
        html.append("</body>\n</html>\n");
        return new Mail(subject, html.toString());
    }

    /** {@code <base-url>/plugins/servlet/support-contingent/contract?projectKey=KEY}, the key URL-encoded. */
    public static String contractUrl(String baseUrl, String projectKey) {
        String base = baseUrl;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + CONTRACT_PATH + "?projectKey=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
    }

    /** Whole minutes as every screen shows them, e.g. "6h 25m". */
    String duration(long minutes) {
        return format.duration(minutes);
    }

    /** Date and time in the recipient's language, in the contract's zone. */
    private String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    private String monthLabel(Alert alert) {
        return format.month(alert.month());
    }

    private String text(String key, Object... args) {
        return messages.text(KEY_PREFIX + key, args);
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th style=\"text-align: left; padding: 2px 16px 2px 0; font-weight: normal; color: #6b778c;\">")
                .append(escape(label)).append("</th><td style=\"padding: 2px 0;\">").append(escape(value))
                .append("</td></tr>\n");
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }

}

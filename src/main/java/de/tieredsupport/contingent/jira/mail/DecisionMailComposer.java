package de.tieredsupport.contingent.jira.mail;

import java.util.Locale;
import java.util.Objects;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.service.view.HtmlText;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.ServiceHoursView;

/**
 * The mails of the customer's decision, in one language: the request to a decision maker (with the decision link,
 * and no link into Jira, which the decision maker cannot open) and the announcement of a decision to the alert
 * recipients (who may open the contract page in Jira). Pure, like {@link AlertMailComposer}: every text is escaped
 * once where it enters the HTML.
 */
public final class DecisionMailComposer {

    /** Where a decision link leads: the public page under the plugin's REST path, token appended. */
    public static final String DECISION_PATH = "/rest/support-contingent/1.0/decisions/";

    private static final String KEY = "support-contingent.decision.mail.";

    private final AlertMailComposer.Messages messages;
    private final DisplayFormat format;
    private final Locale locale;

    public DecisionMailComposer(Locale locale, AlertMailComposer.Messages messages) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.format = new DisplayFormat(locale, java.time.ZoneOffset.UTC);
    }

    /** {@code <base-url>/rest/support-contingent/1.0/decisions/<token>}. */
    public static String decisionUrl(String baseUrl, String token) {
        return MailPage.trimmed(baseUrl) + DECISION_PATH + token;
    }

    /** The request to decide, for one decision maker, without the service hours. */
    public AlertMailComposer.Mail request(DecisionLink link, String token, LevelStatus status, String customer,
            String baseUrl) {
        return request(link, token, status, customer, baseUrl, null);
    }

    /**
     * The request to decide, for one decision maker.
     *
     * @param hours the contract's 1st-level service hours in the month of the link; null to leave them out
     */
    public AlertMailComposer.Mail request(DecisionLink link, String token, LevelStatus status, String customer,
            String baseUrl, ServiceHoursView hours) {
        String level = level(link);
        String month = format.month(link.month());
        String subject = MailPage.oneLine(text("request.subject", customer, level, month));
        StringBuilder html = start(subject);
        paragraph(html, text("request.greeting", link.maker().name()));
        paragraph(html, text("request.intro", level, customer, month, Integer.toString(status.percentUsed())));
        html.append("<table style=\"border-collapse: collapse; margin: 12px 0;\">\n");
        row(html, text("label.used"), format.duration(status.usedMinutes().toLong()));
        row(html, text("label.available"), format.duration(status.availableMinutes().toLong()));
        row(html, text("label.forecast"), format.duration(status.projectedMonthEndMinutes().toLong()));
        html.append("</table>\n");
        paragraph(html, text("request.choices", level, month));
        html.append("<p><a href=\"").append(escape(decisionUrl(baseUrl, token))).append("\">")
                .append(escape(text("request.link"))).append("</a></p>\n");
        paragraph(html, text("request.rules", month));
        if (hours != null) {
            paragraph(html, hours.line(messages::text));
        }
        return finish(html, subject);
    }

    /** The announcement of a decision taken through a link, for one alert recipient. */
    public AlertMailComposer.Mail announcement(DecisionLink link, String customer, String note, String projectKey,
            String baseUrl) {
        String level = level(link);
        String month = format.month(link.month());
        DecisionLink.Outcome outcome = Objects.requireNonNull(link.outcome(), "outcome");
        String decision = outcome.kind() == DecisionLink.Kind.TOP_UP
                ? text("decision.TOP_UP", format.duration(outcome.minutes()), level, month)
                : text("decision.SUSPEND", level, month);
        String subject = MailPage.oneLine(text("announce.subject", customer, link.maker().name(), level, month));
        StringBuilder html = start(subject);
        paragraph(html, text("announce.intro", link.maker().name(), customer, decision));
        if (note != null && !note.isBlank()) {
            paragraph(html, text("announce.note", note));
        }
        html.append("<p><a href=\"").append(escape(AlertMailComposer.contractUrl(baseUrl, projectKey))).append("\">")
                .append(escape(messages.text("support-contingent.mail.link"))).append("</a></p>\n");
        return finish(html, subject);
    }

    /**
     * Work on an approved change request reached its approved estimate: for alert recipients and decision makers
     * alike, so it carries no link (decision makers cannot open Jira).
     */
    public AlertMailComposer.Mail estimateReached(ChangeRequest changeRequest, String issueKey, String customer,
            long minutesToDate) {
        ChangeRequest.Round approved = changeRequest.approvedInForce()
                .orElseThrow(() -> new IllegalArgumentException("No approved estimate"));
        String subject = MailPage.oneLine(text("estimateReached.subject", customer, issueKey));
        StringBuilder html = start(subject);
        paragraph(html, text("estimateReached.intro", issueKey, customer,
                format.duration(approved.estimate().minutes().toLong())));
        html.append("<table style=\"border-collapse: collapse; margin: 12px 0;\">\n");
        row(html, text("label.scope"), approved.estimate().scope());
        row(html, text("label.estimate"), format.duration(approved.estimate().minutes().toLong()));
        row(html, text("label.toDate"), format.duration(minutesToDate));
        row(html, text("label.percent"), changeRequest.percentOfEstimate(Minutes.of(minutesToDate)).orElse(0) + " %");
        html.append("</table>\n");
        paragraph(html, text("estimateReached.next"));
        return finish(html, subject);
    }

    private String level(DecisionLink link) {
        return messages.text("support-contingent.mail.level." + link.level().key());
    }

    private StringBuilder start(String subject) {
        return MailPage.start(locale, subject);
    }

    private AlertMailComposer.Mail finish(StringBuilder html, String subject) {
        return MailPage.finish(html, subject, messages);
    }

    private String text(String key, Object... args) {
        return messages.text(KEY + key, args);
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th style=\"text-align: left; padding: 2px 16px 2px 0; font-weight: normal; color: #6b778c;\">")
                .append(escape(label)).append("</th><td style=\"padding: 2px 0;\">").append(escape(value))
                .append("</td></tr>\n");
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }


}

package de.tieredsupport.contingent.jira.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.view.HtmlText;

/**
 * The mails of a change request's decision, in one language: the request to a decision maker (scope, estimate,
 * level and estimated amount, with the decision link and no link into Jira, which the decision maker cannot open)
 * and the announcement of the decision to the alert recipients (who may open the ticket in Jira). Pure: every text
 * is escaped once where it enters the HTML.
 */
public final class ChangeRequestMailComposer {

    private static final String KEY = "support-contingent.changeRequest.";

    private final AlertMailComposer.Messages messages;
    private final DisplayFormat format;
    private final Locale locale;

    public ChangeRequestMailComposer(Locale locale, AlertMailComposer.Messages messages) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.format = new DisplayFormat(locale, java.time.ZoneOffset.UTC);
    }

    /** {@code <base-url>/browse/<issue key>}, the key URL-encoded. */
    public static String issueUrl(String baseUrl, String issueKey) {
        return MailPage.trimmed(baseUrl) + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }

    /** The request to approve or reject a submitted estimate, for one decision maker. */
    public AlertMailComposer.Mail request(ChangeRequestLink link, String token, ChangeRequest.Round round,
            Money amount, String customer, String baseUrl) {
        String subject = MailPage.oneLine(text("mail.request.subject", customer, link.issueKey()));
        StringBuilder html = start(subject);
        paragraph(html, text("mail.request.greeting", link.maker().name()));
        paragraph(html, text("mail.request.intro", link.issueKey(), customer));
        estimate(html, link.issueKey(), round, amount);
        html.append("<p><a href=\"").append(escape(DecisionMailComposer.decisionUrl(baseUrl, token))).append("\">")
                .append(escape(text("mail.request.link"))).append("</a></p>\n");
        paragraph(html, text("mail.request.rules"));
        return finish(html, subject);
    }

    /**
     * The announcement of the decision on the change request's current round, for one alert recipient.
     *
     * @param recordedBy the display name of the Jira user who recorded the customer's decision; ignored for a
     *        decision through a link
     */
    public AlertMailComposer.Mail announcement(ChangeRequest changeRequest, String issueKey, String customer,
            String recordedBy, String baseUrl) {
        ChangeRequest.Round round = changeRequest.current()
                .orElseThrow(() -> new IllegalArgumentException("No round"));
        ChangeRequest.Decision decision = Objects.requireNonNull(round.decision(), "decision");
        String outcome = decision.outcome().name();
        String subject = MailPage.oneLine(text("mail.announce.subject." + outcome, customer, issueKey));
        StringBuilder html = start(subject);
        paragraph(html, decision.viaLink()
                ? text("mail.announce." + outcome + ".link", decision.by(), issueKey)
                : text("mail.announce." + outcome + ".recorded", recordedBy, issueKey));
        estimate(html, issueKey, round, null);
        if (decision.comment() != null && !decision.comment().isBlank()) {
            paragraph(html, text("mail.announce.comment", decision.comment()));
        }
        html.append("<p><a href=\"").append(escape(issueUrl(baseUrl, issueKey))).append("\">")
                .append(escape(text("mail.announce.link"))).append("</a></p>\n");
        return finish(html, subject);
    }

    private void estimate(StringBuilder html, String issueKey, ChangeRequest.Round round, Money amount) {
        html.append("<table style=\"border-collapse: collapse; margin: 12px 0;\">\n");
        row(html, text("label.ticket"), issueKey);
        row(html, text("label.scope"), round.estimate().scope());
        row(html, text("label.estimate"), format.duration(round.estimate().minutes().toLong()));
        row(html, text("label.level"),
                messages.text("support-contingent.mail.level." + round.estimate().level().key()));
        if (amount != null) {
            row(html, text("label.amount"), format.money(amount));
        }
        html.append("</table>\n");
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
        html.append("<p style=\"white-space: pre-line;\">").append(escape(text)).append("</p>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th style=\"text-align: left; vertical-align: top; padding: 2px 16px 2px 0; "
                + "font-weight: normal; color: #6b778c;\">").append(escape(label))
                .append("</th><td style=\"padding: 2px 0; white-space: pre-line;\">").append(escape(value))
                .append("</td></tr>\n");
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }


}

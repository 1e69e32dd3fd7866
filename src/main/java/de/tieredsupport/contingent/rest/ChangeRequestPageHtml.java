package de.tieredsupport.contingent.rest;

import java.util.Locale;
import java.util.Objects;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.view.HtmlText;

/**
 * The decision page of a change request as one HTML document in the decision maker's language: the estimate
 * (customer, ticket, scope, hours, implementation level, estimated amount), approve or reject with an optional
 * comment, a confirmation step, and what was decided. Plain forms that post to the page's own address, no script, no
 * external resource; every text is escaped once where it enters the HTML.
 */
final class ChangeRequestPageHtml {

    /** The form's values as typed, shown again after a problem or for a change. */
    record Form(String choice, String comment) {

        static final Form EMPTY = new Form("", "");

        Form {
            choice = choice == null ? "" : choice;
            comment = comment == null ? "" : comment;
        }
    }

    private static final String KEY = "support-contingent.changeRequest.page.";

    private final DecisionPageHtml.Texts texts;
    private final Locale locale;
    private final DisplayFormat format;
    private final String customer;

    ChangeRequestPageHtml(Locale locale, DecisionPageHtml.Texts texts, String customer) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.format = new DisplayFormat(locale, java.time.ZoneOffset.UTC);
        this.customer = Objects.requireNonNull(customer, "customer");
    }

    /** The estimate and the choice; with the problem of the last try at its field, if any. */
    String choose(ChangeRequests.LinkOpen open, Form form, String errorField, String error) {
        StringBuilder html = start(open.link().issueKey());
        estimate(html, open.link().issueKey(), open.round(), open);
        paragraph(html, text("intro"));
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"\">\n<input type=\"hidden\" name=\"step\" value=\"review\">\n");
        html.append("<fieldset").append(invalid(errorField, "choice")).append(">\n<legend>")
                .append(escape(text("legend"))).append("</legend>\n");
        radio(html, "APPROVE", text("approve"), "APPROVE".equals(form.choice()));
        radio(html, "REJECT", text("reject"), "REJECT".equals(form.choice()));
        html.append("</fieldset>\n");
        html.append("<p><label for=\"comment\">").append(escape(text("comment"))).append("</label><br>\n")
                .append("<textarea id=\"comment\" name=\"comment\" rows=\"3\" maxlength=\"2000\"")
                .append(invalid(errorField, "comment")).append(">").append(escape(form.comment()))
                .append("</textarea></p>\n");
        html.append("<p><button type=\"submit\">").append(escape(text("continue"))).append("</button></p>\n");
        paragraph(html, text("nothingStored"));
        html.append("</form>\n");
        return finish(html);
    }

    /** The confirmation step: what will be stored; nothing is stored yet. */
    String review(ChangeRequests.LinkOpen open, boolean approve, Form form) {
        ChangeRequest.Round round = open.round();
        StringBuilder html = start(open.link().issueKey());
        html.append("<h2>").append(escape(text("review.heading"))).append("</h2>\n");
        String hours = format.duration(round.estimate().minutes().toLong());
        String level = level(round);
        paragraph(html, approve ? text("review.APPROVED", hours, level, format.money(open.amount()))
                : text("review.REJECTED", hours, level));
        if (!form.comment().isBlank()) {
            paragraph(html, text("review.comment", form.comment()));
        }
        html.append("<form method=\"post\" action=\"\">\n");
        hidden(html, "choice", form.choice());
        hidden(html, "comment", form.comment());
        html.append("<p><button type=\"submit\" name=\"step\" value=\"confirm\">").append(escape(text("review.confirm")))
                .append("</button> <button type=\"submit\" name=\"step\" value=\"change\">")
                .append(escape(text("review.change"))).append("</button></p>\n</form>\n");
        return finish(html);
    }

    /** What was decided on the round: just now through this link, or before. */
    String decided(ChangeRequests.LinkDecided decided) {
        ChangeRequest.Round round = decided.round();
        ChangeRequest.Decision decision = round.decision();
        String what = text("decision." + decision.outcome().name(), format.duration(round.estimate().minutes().toLong()));
        StringBuilder html = start(decided.link().issueKey());
        estimate(html, decided.link().issueKey(), round, null);
        if (decided.byThisLink()) {
            html.append("<p id=\"outcome\" role=\"status\">").append(escape(text("decided.thanks", what)))
                    .append("</p>\n");
        } else {
            String by = decision.viaLink() ? text("decided.byLink", decision.by()) : text("decided.byProvider");
            html.append("<p id=\"outcome\" role=\"status\">").append(escape(text("decided.before", what, by)))
                    .append("</p>\n");
        }
        return finish(html);
    }

    private void estimate(StringBuilder html, String issueKey, ChangeRequest.Round round,
            ChangeRequests.LinkOpen open) {
        html.append("<table>\n");
        row(html, texts.text("support-contingent.changeRequest.label.ticket"), issueKey);
        row(html, texts.text("support-contingent.changeRequest.label.scope"), round.estimate().scope());
        row(html, texts.text("support-contingent.changeRequest.label.estimate"),
                format.duration(round.estimate().minutes().toLong()));
        row(html, texts.text("support-contingent.changeRequest.label.level"), level(round));
        if (open != null) {
            row(html, texts.text("support-contingent.changeRequest.label.amount"), format.money(open.amount()));
        }
        html.append("</table>\n");
    }

    private String level(ChangeRequest.Round round) {
        return texts.text("support-contingent.mail.level." + round.estimate().level().key());
    }

    private String text(String key, Object... args) {
        return texts.text(KEY + key, args);
    }

    private StringBuilder start(String issueKey) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(text("title", issueKey))).append("</title>\n").append(DecisionPageHtml.style())
                .append("</head>\n<body>\n<main>\n");
        html.append("<h1>").append(escape(text("heading", customer, issueKey))).append("</h1>\n");
        return html;
    }

    private static String finish(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void radio(StringBuilder html, String value, String label, boolean checked) {
        html.append("<p><label><input type=\"radio\" name=\"choice\" value=\"").append(value).append("\"")
                .append(checked ? " checked" : "").append("> ").append(escape(label)).append("</label></p>\n");
    }

    private static String invalid(String errorField, String field) {
        return field.equals(errorField) ? " aria-invalid=\"true\" aria-describedby=\"error\"" : "";
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value))
                .append("\">\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td style=\"white-space:pre-line\">")
                .append(escape(value)).append("</td></tr>\n");
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}

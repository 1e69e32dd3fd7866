package de.tieredsupport.contingent.rest;

import java.util.Locale;
import java.util.Objects;

import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.service.ServiceHoursView;
import de.tieredsupport.contingent.service.view.HtmlText;
import de.tieredsupport.contingent.service.DecisionLinks;
import de.tieredsupport.contingent.service.DisplayFormat;

/**
 * The decision page as one HTML document in the decision maker's language: plain forms that post to the page's own
 * address, no script, no external resource. Every text is escaped once where it enters the HTML.
 */
final class DecisionPageHtml {

    /** Translated text by full key with {@code {0}}-style arguments. */
    @FunctionalInterface
    interface Texts {
        String text(String key, Object... args);
    }

    /** The form's values as typed, shown again after a problem or for a change. */
    record Form(String choice, String hours, String minutes, String note) {

        static final Form EMPTY = new Form("", "", "", "");

        Form {
            choice = choice == null ? "" : choice;
            hours = hours == null ? "" : hours;
            minutes = minutes == null ? "" : minutes;
            note = note == null ? "" : note;
        }
    }

    private static final String KEY = "support-contingent.decision.page.";

    /**
     * The one answer to every link that cannot decide, in both languages because it knows no decision maker:
     * the same bytes whatever was wrong with the link.
     */
    static final String NEUTRAL = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Link not available / Link nicht verf\u00fcgbar</title>\n" + style() + "</head>\n<body>\n<main>\n"
            + "<h1>Link not available</h1>\n"
            + "<p>This decision link cannot be used. It may have been used already, it may have expired at the end of "
            + "its month, or it may be incomplete. Please contact your support provider.</p>\n"
            + "<h1 lang=\"de\">Link nicht verf\u00fcgbar</h1>\n"
            + "<p lang=\"de\">Dieser Entscheidungslink kann nicht verwendet werden. Vielleicht wurde er schon "
            + "verwendet, ist mit dem Ende seines Monats abgelaufen oder unvollst\u00e4ndig. Bitte wenden Sie sich an "
            + "Ihren Support-Dienstleister.</p>\n</main>\n</body>\n</html>\n";

    private final Texts texts;
    private final Locale locale;
    private final DisplayFormat format;
    private final String customer;

    DecisionPageHtml(Locale locale, Texts texts, String customer) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.format = new DisplayFormat(locale, java.time.ZoneOffset.UTC);
        this.customer = Objects.requireNonNull(customer, "customer");
    }

    /** The choice: add contingent or suspend; with the problem of the last try at its field, if any. */
    String choose(DecisionLinks.Open open, Form form, String errorField, String error) {
        DecisionLink link = open.link();
        String level = level(link);
        String month = format.month(link.month());
        StringBuilder html = start(text("title", level, month));
        heading(html, level, month);
        figures(html, open);
        paragraph(html, text("choose.intro", level, month));
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"\">\n<input type=\"hidden\" name=\"step\" value=\"review\">\n");
        html.append("<fieldset>\n<legend>").append(escape(text("choose.legend"))).append("</legend>\n");
        boolean suspend = "SUSPEND".equals(form.choice());
        html.append("<p><label><input type=\"radio\" name=\"choice\" value=\"TOP_UP\"")
                .append(suspend ? "" : " checked").append("> ").append(escape(text("choose.topUp", level, month)))
                .append("</label></p>\n");
        html.append("<p class=\"amount\"><label>").append(escape(text("choose.hours")))
                .append(" <input type=\"number\" name=\"hours\" min=\"0\" max=\"100000\" inputmode=\"numeric\" value=\"")
                .append(escape(form.hours())).append("\"").append(invalid(errorField, "minutes")).append("></label> ")
                .append("<label>").append(escape(text("choose.minutes")))
                .append(" <input type=\"number\" name=\"minutes\" min=\"0\" max=\"59\" inputmode=\"numeric\" value=\"")
                .append(escape(form.minutes())).append("\"").append(invalid(errorField, "minutes"))
                .append("></label></p>\n");
        paragraph(html, text("choose.increment", format.duration(open.incrementMinutes()),
                format.money(open.hourlyRate())));
        html.append("<p><label><input type=\"radio\" name=\"choice\" value=\"SUSPEND\"")
                .append(suspend ? " checked" : "").append("> ").append(escape(text("choose.suspend", level, month)))
                .append("</label></p>\n</fieldset>\n");
        html.append("<p><label for=\"note\">").append(escape(text("choose.note"))).append("</label><br>\n")
                .append("<textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"2000\"")
                .append(invalid(errorField, "note")).append(">").append(escape(form.note()))
                .append("</textarea></p>\n");
        html.append("<p><button type=\"submit\">").append(escape(text("choose.continue"))).append("</button></p>\n");
        paragraph(html, text("choose.nothingStored"));
        html.append("</form>\n");
        return finish(html);
    }

    /** The confirmation step: what will be stored, with the money of a top-up; nothing is stored yet. */
    String review(DecisionLinks.Open open, DecisionLink.Kind kind, long minutes, Form form) {
        DecisionLink link = open.link();
        String level = level(link);
        String month = format.month(link.month());
        StringBuilder html = start(text("title", level, month));
        heading(html, level, month);
        html.append("<h2>").append(escape(text("review.heading"))).append("</h2>\n");
        if (kind == DecisionLink.Kind.TOP_UP) {
            paragraph(html, text("review.topUp", format.duration(minutes), level, month,
                    format.money(DecisionLinks.amount(open, minutes))));
        } else {
            paragraph(html, text("review.suspend", level, month));
        }
        if (!form.note().isBlank()) {
            paragraph(html, text("review.note", form.note()));
        }
        html.append("<form method=\"post\" action=\"\">\n");
        hidden(html, "choice", form.choice());
        hidden(html, "hours", form.hours());
        hidden(html, "minutes", form.minutes());
        hidden(html, "note", form.note());
        html.append("<p><button type=\"submit\" name=\"step\" value=\"confirm\">").append(escape(text("review.confirm")))
                .append("</button> <button type=\"submit\" name=\"step\" value=\"change\">")
                .append(escape(text("review.change"))).append("</button></p>\n</form>\n");
        return finish(html);
    }

    /** What was decided for the level and month: just now through this link, or before. */
    String decided(DecisionLinks.Decided decided) {
        DecisionLink link = decided.link();
        String level = level(link);
        String month = format.month(link.month());
        DecisionLink.Outcome outcome = decided.outcome();
        String decision = outcome.kind() == DecisionLink.Kind.TOP_UP
                ? text("decision.TOP_UP", format.duration(outcome.minutes()), level, month)
                : text("decision.SUSPEND", level, month);
        StringBuilder html = start(text("title", level, month));
        heading(html, level, month);
        if (decided.byThisLink()) {
            html.append("<p id=\"outcome\" role=\"status\">").append(escape(text("decided.thanks", decision)))
                    .append("</p>\n");
        } else {
            String by = outcome.viaLink() ? text("decided.byLink", outcome.decidedBy())
                    : text("decided.byProvider");
            html.append("<p id=\"outcome\" role=\"status\">").append(escape(text("decided.before", decision, by)))
                    .append("</p>\n");
        }
        return finish(html);
    }

    private void heading(StringBuilder html, String level, String month) {
        html.append("<h1>").append(escape(text("heading", customer, level, month))).append("</h1>\n");
    }

    private void figures(StringBuilder html, DecisionLinks.Open open) {
        LevelStatus status = open.status();
        html.append("<table>\n");
        row(html, text("label.used"), text("usedOf", format.duration(status.usedMinutes().toLong()),
                format.duration(status.availableMinutes().toLong()), Integer.toString(status.percentUsed())));
        row(html, text("label.remaining"), format.duration(status.remainingMinutes().toLong()));
        row(html, text("label.forecast"), format.duration(status.projectedMonthEndMinutes().toLong()));
        row(html, text("label.rate"), format.money(open.hourlyRate()));
        html.append("</table>\n");
        html.append("<p id=\"service-hours\">").append(escape(ServiceHoursView.of(open.contract(), open.link().month())
                .line(texts::text))).append("</p>\n");
    }

    private String level(DecisionLink link) {
        return texts.text("support-contingent.mail.level." + link.level().key());
    }

    private String text(String key, Object... args) {
        return texts.text(KEY + key, args);
    }

    private StringBuilder start(String title) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n").append(style()).append("</head>\n<body>\n<main>\n");
        return html;
    }

    private static String finish(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    static String style() {
        return "<style>body{font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#172b4d;margin:0;padding:24px}"
                + "main{max-width:640px;margin:0 auto}th{text-align:left;font-weight:normal;color:#6b778c;"
                + "padding:2px 16px 2px 0}fieldset{border:1px solid #dfe1e6;padding:12px}.error{color:#ae2e24}"
                + "input[type=number]{width:6em}textarea{width:100%}button{font-size:15px;padding:6px 14px}"
                + "</style>\n";
    }

    private static String invalid(String errorField, String field) {
        return field.equals(errorField) ? " aria-invalid=\"true\" aria-describedby=\"error\"" : "";
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value))
                .append("\">\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>").append(escape(value))
                .append("</td></tr>\n");
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }
}

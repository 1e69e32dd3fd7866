package de.tieredsupport.contingent.service.view;

import java.math.BigDecimal;
import java.math.RoundingMode;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.view.HtmlText;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.ChangeRequestReport;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.SpreadsheetText;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * The billing report as a spreadsheet: an HTML table as Excel opens it (Jira's "Excel view" of reports, and the
 * {@code billing.xls} download). Durations and money are numeric cells, so a spreadsheet can add them up:
 * {@code x:num} carries the exact value and {@code mso-number-format} how Excel shows it (durations as time,
 * {@code [h]:mm}, i.e. the value is in days; money with the currency's digits). The cell text is the same value
 * formatted for the reader, for programs that ignore those attributes.
 * <p>
 * Contents: the summary per level as on the report page (contingent, top-ups, carried in, used, in and over the
 * contingent, while suspended, billed, hourly rate, amount, carried over), the change-request lines, the total, the
 * adjustments of closed
 * months, the amount to invoice, then every ticket line, then the change requests billed outside the contingent. Every text is escaped for HTML and goes through
 * {@link SpreadsheetText}, so no cell is evaluated as a formula.
 */
public final class BillingSheet {

    /** The sheet's file type, as Jira sends its Excel views. */
    public static final String MEDIA_TYPE = "application/vnd.ms-excel; charset=UTF-8";
    static final String DURATION_FORMAT = "\\[h\\]\\:mm";
    /** A cell Excel keeps as text (a key such as 1-2 or a summary such as 3/4 is no date). */
    private static final String TEXT_CELL = "<td style=\"mso-number-format:'\\@'\">";
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);
    /** Days to ten places: a minute is 0.000694…, so a sum of a million cells still rounds to the right minute. */
    private static final int DAY_SCALE = 10;

    /** Texts by their full key in the plugin's bundle, in the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    private final BillingReportView view;
    private final DisplayFormat format;
    private final Texts texts;

    public BillingSheet(BillingReportView view, DisplayFormat format, Texts texts) {
        this.view = view;
        this.format = format;
        this.texts = texts;
    }

    /** {@code billing-KEY-yyyy-MM.xls}; characters other than letters, digits, _ and - become _. */
    public static String fileName(String projectKey, BillingReportView view) {
        return "billing-" + projectKey.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + view.month().yearMonth() + ".xls";
    }

    /** A whole HTML document (the download). */
    public String document(String projectName) {
        return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
                + "<head><meta charset=\"UTF-8\"/>"
                // older Excel reads the encoding only from this form, as in Jira's own Excel views
                + "<meta http-equiv=\"Content-Type\" content=\"application/vnd.ms-excel; charset=UTF-8\"/><title>" + escape(title(projectName)) + "</title></head><body>"
                + table(projectName) + "</body></html>";
    }

    /** The table alone (Jira puts its Excel views into a page of its own). */
    public String table(String projectName) {
        MonthResult result = view.result();
        String currency = result.currency().getCurrencyCode();
        StringBuilder html = new StringBuilder(8192);
        html.append("<table class=\"sc-sheet\">");
        html.append("<tr><th colspan=\"12\" style=\"text-align:left\">").append(text(title(projectName)))
                .append("</th></tr>");
        html.append("<tr>");
        for (String column : new String[] {"level", "contingent", "topUps", "carryIn", "used", "inContingent",
            "overage", "suspended", "billed"}) {
            html.append("<th>").append(text(label("support-contingent.report.col." + column))).append("</th>");
        }
        html.append("<th>").append(text(label("support-contingent.report.col.rate") + " (" + currency + ")"))
                .append("</th>");
        html.append("<th>").append(text(label("support-contingent.report.col.amount") + " (" + currency + ")"))
                .append("</th>");
        html.append("<th>").append(text(label("support-contingent.report.col.carryOut"))).append("</th></tr>");

        long totalBilled = 0;
        for (MonthResult.LevelLine line : result.levels()) {
            Figures f = line.figures();
            totalBilled += f.billedMinutes();
            html.append("<tr class=\"sc-level-line\" data-level=\"").append(line.level().key()).append("\">");
            html.append("<td>").append(text(levelLabel(line.level()))).append("</td>");
            for (long minutes : new long[] {line.baseMinutes(), line.topUpMinutes(), line.carryInMinutes(),
                line.usedMinutes(), f.inContingentMinutes(), f.overageMinutes(), f.suspendedMinutes(),
                f.billedMinutes()}) {
                html.append(duration("td", minutes));
            }
            html.append(money("td", "sc-rate", line.hourlyRate()));
            html.append(money("td", "sc-amount", f.amount()));
            html.append(duration("td", line.carryOutMinutes()));
            html.append("</tr>");
        }
        for (MonthResult.ChangeRequestLine line : result.changeRequests()) {
            totalBilled += line.minutes();
            html.append(changeRequestRow("sc-change-request-line", "", line));
        }
        html.append("<tr class=\"sc-total-line\"><th>").append(text(label("support-contingent.report.total")))
                .append("</th><th></th><th></th><th></th><th></th><th></th><th></th><th></th>")
                .append(duration("th", totalBilled)).append("<th></th>")
                .append(money("th", "sc-total", result.totalAmount())).append("<th></th></tr>");

        for (Adjustment adjustment : view.adjustments()) {
            for (SupportLevel level : SupportLevel.values()) {
                Figures f = adjustment.level(level);
                if (f.isZero()) {
                    continue;
                }
                html.append("<tr class=\"sc-adjustment-line\"><td>")
                        .append(text(label("support-contingent.report.adjustments") + ": "
                                + format.month(adjustment.closedMonth()) + ", " + levelLabel(level)))
                        .append("</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td>")
                        .append(duration("td", f.billedMinutes())).append("<td></td>")
                        .append(money("td", "sc-amount", f.amount())).append("<td></td></tr>");
            }
            for (MonthResult.ChangeRequestLine line : adjustment.changeRequests()) {
                html.append(changeRequestRow("sc-adjustment-line", label("support-contingent.report.adjustments")
                        + ": " + format.month(adjustment.closedMonth()) + ", ", line));
            }
        }
        html.append("<tr class=\"sc-invoice-line\"><th colspan=\"10\" style=\"text-align:left\">")
                .append(text(label("support-contingent.report.invoiceTotal"))).append("</th>")
                .append(money("th", "sc-invoice", view.invoiceTotal())).append("<th></th></tr>");

        html.append("<tr><td colspan=\"12\"></td></tr>");
        html.append("<tr>");
        for (String column : new String[] {"level", "ticket", "summary", "inContingent", "overage", "suspended",
            "billed"}) {
            html.append("<th>").append(text(label("support-contingent.report.col." + column))).append("</th>");
        }
        html.append("<th>").append(text(label("support-contingent.report.col.amount") + " (" + currency + ")"))
                .append("</th></tr>");
        for (MonthResult.LevelLine line : result.levels()) {
            for (MonthResult.TicketLine ticket : line.tickets()) {
                IssueInfo issue = view.issue(ticket.issueId()).orElse(null);
                boolean restricted = issue != null && !issue.browsable();
                Figures f = ticket.figures();
                html.append("<tr class=\"sc-ticket-line\" data-level=\"").append(line.level().key()).append("\">")
                        .append("<td>").append(text(levelLabel(line.level()))).append("</td>")
                        .append(TEXT_CELL).append(text(issue == null ? "#" + ticket.issueId() : issue.key()))
                        .append("</td>").append(TEXT_CELL)
                        .append(text(issue == null || restricted ? "" : issue.summary())).append("</td>");
                for (long minutes : new long[] {f.inContingentMinutes(), f.overageMinutes(), f.suspendedMinutes(),
                    f.billedMinutes()}) {
                    html.append(duration("td", minutes));
                }
                html.append(money("td", "sc-ticket-amount", f.amount())).append("</tr>");
            }
        }
        if (!view.changeRequests().isEmpty()) {
            changeRequests(html, currency);
        }
        html.append("</table>");
        return html.toString();
    }

    /** A change-request line in the summary's columns: billed minutes, rate and amount only. */
    private String changeRequestRow(String kind, String prefix, MonthResult.ChangeRequestLine line) {
        IssueInfo issue = view.issue(line.issueId()).orElse(null);
        String key = issue == null ? "#" + line.issueId() : issue.key();
        return "<tr class=\"" + kind + "\" data-level=\"" + line.level().key() + "\"><td>"
                + text(prefix + texts.text("support-contingent.report.changeRequest.line", key,
                        levelLabel(line.level())))
                + "</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td>"
                + duration("td", line.minutes()) + money("td", "sc-rate", line.hourlyRate())
                + money("td", "sc-amount", line.amount()) + "<td></td></tr>";
    }

    /** Per change request: approved estimate, approval, this month's and the work to date, share, amount. */
    private void changeRequests(StringBuilder html, String currency) {
        html.append("<tr><td colspan=\"12\"></td></tr>");
        html.append("<tr><th colspan=\"12\" style=\"text-align:left\">")
                .append(text(label("support-contingent.report.changeRequests"))).append("</th></tr><tr>");
        for (String column : new String[] {"col.ticket", "col.summary", "changeRequest.col.estimate",
            "changeRequest.col.approvedAt", "changeRequest.col.approvedBy", "changeRequest.col.thisMonth",
            "changeRequest.col.toDate", "changeRequest.col.percent"}) {
            html.append("<th>").append(text(label("support-contingent.report." + column))).append("</th>");
        }
        html.append("<th>").append(text(label("support-contingent.report.col.amount") + " (" + currency + ")"))
                .append("</th></tr>");
        for (ChangeRequestReport c : view.changeRequests()) {
            IssueInfo issue = view.issue(c.issueId()).orElse(null);
            boolean restricted = issue != null && !issue.browsable();
            ChangeRequest.Round approved = c.approved().orElse(null);
            html.append("<tr class=\"sc-change-request\">").append(TEXT_CELL)
                    .append(text(issue == null ? "#" + c.issueId() : issue.key())).append("</td>").append(TEXT_CELL)
                    .append(text(issue == null || restricted ? "" : issue.summary())).append("</td>");
            html.append(approved == null ? "<td></td>" : duration("td", approved.estimate().minutes().toLong()));
            html.append(TEXT_CELL).append(text(approved == null ? "" : format.dateTime(approved.decision().at())))
                    .append("</td>").append(TEXT_CELL).append(text(approved == null ? "" : approved.decision().by()))
                    .append("</td>");
            html.append(duration("td", c.minutesThisMonth())).append(duration("td", c.totalMinutesToDate()));
            html.append("<td class=\"sc-percent\">").append(c.percentOfEstimate().map(p -> p + " %").orElse(""))
                    .append("</td>");
            html.append(money("td", "sc-amount", c.amount(view.contract().currency()))).append("</tr>");
        }
    }

    private String title(String projectName) {
        return texts.text("support-contingent.report.title", projectName, format.month(view.month().yearMonth()));
    }

    private String label(String key) {
        return texts.text(key);
    }

    private String levelLabel(SupportLevel level) {
        return texts.text("support-contingent.level." + level.key());
    }

    /** A text cell's content: never a formula, always escaped, and marked as text for Excel. */
    private static String text(String value) {
        return escape(SpreadsheetText.cell(value));
    }

    /** Minutes as an Excel time (days), shown as {@code [h]:mm}. */
    private String duration(String tag, long minutes) {
        BigDecimal days = BigDecimal.valueOf(minutes).divide(MINUTES_PER_DAY, DAY_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return "<" + tag + " class=\"sc-duration\" x:num=\"" + days.toPlainString()
                + "\" style=\"mso-number-format:'" + DURATION_FORMAT + "'\">" + escape(format.duration(minutes))
                + "</" + tag + ">";
    }

    /** The exact amount, shown with the currency's digits (the currency is in the column's heading). */
    private String money(String tag, String kind, Money money) {
        int digits = Money.fractionDigits(money.currency());
        String numberFormat = digits == 0 ? "\\#\\,\\#\\#0" : "\\#\\,\\#\\#0\\." + "0".repeat(digits);
        return "<" + tag + " class=\"sc-money " + kind + "\" x:num=\"" + money.amount().toPlainString()
                + "\" style=\"mso-number-format:'" + numberFormat + "'\">"
                + escape(format.decimal(money.amount(), digits)) + "</" + tag + ">";
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}

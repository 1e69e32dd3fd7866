package de.tieredsupport.contingent.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * The billing report as CSV (RFC 4180: comma, CRLF after every record, fields with comma, quote, CR or LF quoted and
 * quotes doubled), UTF-8 with a byte order mark so Excel shows umlauts. Headers and the record type in the caller's
 * language. Fixed columns: type, month, level, issue, summary, in contingent, over contingent, suspended, billed
 * (minutes), hourly rate, amount, currency. Records: per level its ticket lines then the level line; then per
 * adjusted closed month its ticket lines and level lines; last the total. Text that a spreadsheet would take for
 * a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
final class BillingCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private static final String[][] HEADERS = {
        {"type", "Type"}, {"month", "Month"}, {"level", "Level"}, {"issue", "Issue"}, {"summary", "Summary"},
        {"inContingent", "In contingent (min)"}, {"overage", "Over contingent (min)"},
        {"suspended", "Suspended (min)"}, {"billed", "Billed (min)"}, {"rate", "Hourly rate"},
        {"amount", "Amount"}, {"currency", "Currency"},
    };

    private final Messages messages;

    BillingCsv(Messages messages) {
        this.messages = messages;
    }

    byte[] render(BillingReportView view) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String[] h : HEADERS) {
            header.add(messages.text("csv.header." + h[0], List.of(), h[1]));
        }
        record(out, header);
        MonthResult result = view.result();
        String month = view.month().yearMonth().toString();
        String currency = result.currency().getCurrencyCode();
        String ticket = messages.text("csv.type.ticket", List.of(), "Ticket");
        String level = messages.text("csv.type.level", List.of(), "Level");
        String adjustmentTicket = messages.text("csv.type.adjustmentTicket", List.of(), "Adjustment ticket");
        String adjustmentLevel = messages.text("csv.type.adjustmentLevel", List.of(), "Adjustment level");
        String total = messages.text("csv.type.total", List.of(), "Total");
        for (MonthResult.LevelLine line : result.levels()) {
            String rate = plain(line.hourlyRate());
            for (MonthResult.TicketLine t : line.tickets()) {
                record(out, row(ticket, month, t.level(), view, t.issueId(), t.figures(), rate, currency));
            }
            record(out, row(level, month, line.level(), view, null, line.figures(), rate, currency));
        }
        for (Adjustment a : view.adjustments()) {
            String closed = a.closedMonth().toString();
            for (SupportLevel l : SupportLevel.values()) {
                for (MonthResult.TicketLine t : a.tickets()) {
                    if (t.level() == l) {
                        record(out, row(adjustmentTicket, closed, l, view, t.issueId(), t.figures(), "", currency));
                    }
                }
                record(out, row(adjustmentLevel, closed, l, view, null, a.level(l), "", currency));
            }
        }
        Figures sum = Figures.zero(result.currency());
        for (MonthResult.LevelLine line : result.levels()) {
            sum = sum.plus(line.figures());
        }
        for (Adjustment a : view.adjustments()) {
            for (SupportLevel l : SupportLevel.values()) {
                sum = sum.plus(a.level(l));
            }
        }
        record(out, row(total, month, null, view, null, sum, "", currency));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(String type, String month, SupportLevel level, BillingReportView view,
            Long issueId, Figures f, String rate, String currency) {
        IssueInfo info = issueId == null ? null : view.issue(issueId).orElse(null);
        String key = issueId == null ? "" : info == null ? "#" + issueId : info.key();
        String summary = info == null ? "" : info.summary();
        return List.of(type, month, level == null ? "" : level.key(), text(key), text(summary),
                Long.toString(f.inContingentMinutes()), Long.toString(f.overageMinutes()),
                Long.toString(f.suspendedMinutes()), Long.toString(f.billedMinutes()), rate, plain(f.amount()),
                currency);
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    /** Keeps a spreadsheet from evaluating user text as a formula. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append(CRLF);
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

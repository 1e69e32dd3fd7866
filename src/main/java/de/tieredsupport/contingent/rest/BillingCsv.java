package de.tieredsupport.contingent.rest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.SpreadsheetText;
import de.tieredsupport.contingent.service.port.IssueInfo;

/**
 * The billing report as CSV, written by Apache Commons CSV (RFC 4180: CRLF after every record, quotes doubled),
 * UTF-8 with a byte order mark so Excel shows umlauts. Two conventions, as spreadsheets open CSV files: English
 * ({@code ,} between fields, decimal point) and German ({@code ;} between fields, decimal comma); the download takes
 * the reader's by default and either on request. Every text cell is quoted and goes through
 * {@link SpreadsheetText}, so no text is split at a separator (German Excel splits at {@code ;}) or evaluated as a
 * formula; numbers stay unquoted, amounts with the convention's decimal mark and no grouping. Headers and the record type in the caller's language. Fixed columns: type, month,
 * level, issue, summary, in contingent, over contingent, suspended, billed (minutes), hourly rate, amount, currency.
 * Records: per level its ticket lines then the level line; then the change-request lines (billed outside the
 * contingent: billed minutes and amount only); then per adjusted closed month its ticket lines, level lines and
 * change-request lines; last the total.
 */
final class BillingCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    /** The separator of the English spreadsheets' CSV; German ones split at {@link #SEMICOLON}. */
    static final char COMMA = ',';
    static final char SEMICOLON = ';';

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
        return render(view, COMMA);
    }

    /**
     * With the given field separator: {@link #COMMA} with decimal points, {@link #SEMICOLON} with decimal commas.
     */
    byte[] render(BillingReportView view, char separator) {
        boolean decimalComma = separator == SEMICOLON;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setQuoteMode(QuoteMode.NON_NUMERIC)
                .setRecordSeparator("\r\n").build();
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            List<Object> header = new ArrayList<>();
            for (String[] h : HEADERS) {
                header.add(SpreadsheetText.cell(messages.text("csv.header." + h[0], List.of(), h[1])));
            }
            printer.printRecord(header);
            MonthResult result = view.result();
            String month = view.month().yearMonth().toString();
            String currency = result.currency().getCurrencyCode();
            String ticket = messages.text("csv.type.ticket", List.of(), "Ticket");
            String level = messages.text("csv.type.level", List.of(), "Level");
            String adjustmentTicket = messages.text("csv.type.adjustmentTicket", List.of(), "Adjustment ticket");
            String adjustmentLevel = messages.text("csv.type.adjustmentLevel", List.of(), "Adjustment level");
            String total = messages.text("csv.type.total", List.of(), "Total");
            String changeRequest = messages.text("csv.type.changeRequest", List.of(), "Change request");
            String adjustmentChangeRequest = messages.text("csv.type.adjustmentChangeRequest", List.of(),
                    "Adjustment change request");
            for (MonthResult.LevelLine line : result.levels()) {
                BigDecimal rate = line.hourlyRate().amount();
                for (MonthResult.TicketLine t : line.tickets()) {
                    printer.printRecord(row(ticket, month, t.level(), view, t.issueId(), t.figures(), rate, currency,
                            decimalComma));
                }
                printer.printRecord(row(level, month, line.level(), view, null, line.figures(), rate, currency,
                        decimalComma));
            }
            for (MonthResult.ChangeRequestLine c : result.changeRequests()) {
                printer.printRecord(row(changeRequest, month, c.level(), view, c.issueId(), figures(c),
                        c.hourlyRate().amount(), currency, decimalComma));
            }
            for (Adjustment a : view.adjustments()) {
                String closed = a.closedMonth().toString();
                for (SupportLevel l : SupportLevel.values()) {
                    for (MonthResult.TicketLine t : a.tickets()) {
                        if (t.level() == l) {
                            printer.printRecord(row(adjustmentTicket, closed, l, view, t.issueId(), t.figures(), null,
                                    currency, decimalComma));
                        }
                    }
                    printer.printRecord(row(adjustmentLevel, closed, l, view, null, a.level(l), null, currency,
                            decimalComma));
                }
                for (MonthResult.ChangeRequestLine c : a.changeRequests()) {
                    printer.printRecord(row(adjustmentChangeRequest, closed, c.level(), view, c.issueId(), figures(c),
                            c.hourlyRate().amount(), currency, decimalComma));
                }
            }
            Figures sum = Figures.zero(result.currency());
            for (MonthResult.LevelLine line : result.levels()) {
                sum = sum.plus(line.figures());
            }
            for (MonthResult.ChangeRequestLine c : result.changeRequests()) {
                sum = sum.plus(figures(c));
            }
            for (Adjustment a : view.adjustments()) {
                for (SupportLevel l : SupportLevel.values()) {
                    sum = sum.plus(a.level(l));
                }
                for (MonthResult.ChangeRequestLine c : a.changeRequests()) {
                    sum = sum.plus(figures(c));
                }
            }
            printer.printRecord(row(total, month, null, view, null, sum, null, currency, decimalComma));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A change-request line in the CSV's columns: billed minutes and amount, nothing in or over a contingent. */
    private static Figures figures(MonthResult.ChangeRequestLine line) {
        return new Figures(0, 0, 0, line.minutes(), line.amount());
    }

    private static List<Object> row(String type, String month, SupportLevel level, BillingReportView view,
            Long issueId, Figures f, BigDecimal rate, String currency, boolean decimalComma) {
        IssueInfo info = issueId == null ? null : view.issue(issueId).orElse(null);
        String key = issueId == null ? "" : info == null ? "#" + issueId : info.key();
        String summary = info == null || !info.browsable() ? "" : info.summary();
        List<Object> cells = new ArrayList<>();
        cells.add(SpreadsheetText.cell(type));
        cells.add(month);
        cells.add(level == null ? "" : level.key());
        cells.add(SpreadsheetText.cell(key));
        cells.add(SpreadsheetText.cell(summary));
        cells.add(f.inContingentMinutes());
        cells.add(f.overageMinutes());
        cells.add(f.suspendedMinutes());
        cells.add(f.billedMinutes());
        cells.add(rate == null ? null : decimal(rate, decimalComma));
        cells.add(decimal(f.amount().amount(), decimalComma));
        cells.add(currency);
        return cells;
    }

    /** The plain decimal with a point or a comma; a number, so the printer leaves it unquoted. */
    static Number decimal(BigDecimal value, boolean decimalComma) {
        return decimalComma ? new DecimalWithComma(value) : value;
    }

    /** A decimal written with a comma: German spreadsheets read {@code 64,17} as a number, {@code 64.17} not. */
    private static final class DecimalWithComma extends Number {

        private static final long serialVersionUID = 1L;
        private final BigDecimal value;

        DecimalWithComma(BigDecimal value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value.toPlainString().replace('.', ',');
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public float floatValue() {
            return value.floatValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }
    }
}

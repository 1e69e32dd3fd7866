package de.tieredsupport.contingent.ao;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.OveragePolicy;
import de.tieredsupport.contingent.domain.SupportLevel;

/**
 * The frozen result of a closed month as text: one tab-separated record per line, exact decimals, a version
 * in the first line. Plain text keeps the snapshot readable in the database and free of library formats.
 */
final class SnapshotCodec {

    static final String VERSION_LINE = "snapshot\t1";

    /** What a month-close row holds besides its keys. */
    record Snapshot(MonthResult result, List<Adjustment> settledAdjustments) {
    }

    private SnapshotCodec() {
    }

    static String encode(MonthResult result, List<Adjustment> settled) {
        StringBuilder out = new StringBuilder(VERSION_LINE).append('\n');
        line(out, "result", result.projectId(), result.month(), result.currency().getCurrencyCode(),
                result.overagePolicy().name());
        for (MonthResult.LevelLine level : result.levels()) {
            line(out, "level", level.level().key(), level.baseMinutes(), level.topUpMinutes(),
                    level.carryInMinutes(), level.hourlyRate().amount().toPlainString(), level.carryOutMinutes(),
                    figures(level.figures()));
            for (MonthResult.TicketLine ticket : level.tickets()) {
                line(out, "ticket", ticket.issueId(), ticket.level().key(), figures(ticket.figures()));
            }
        }
        for (MonthResult.ChangeRequestLine line : result.changeRequests()) {
            line(out, "change-request", changeRequest(line));
        }
        for (Adjustment adjustment : settled) {
            line(out, "adjustment", adjustment.projectId(), adjustment.closedMonth(), adjustment.reportedIn());
            for (SupportLevel level : SupportLevel.values()) {
                line(out, "adjustment-level", level.key(), figures(adjustment.level(level)));
            }
            for (MonthResult.TicketLine ticket : adjustment.tickets()) {
                line(out, "adjustment-ticket", ticket.issueId(), ticket.level().key(), figures(ticket.figures()));
            }
            for (MonthResult.ChangeRequestLine line : adjustment.changeRequests()) {
                line(out, "adjustment-change-request", changeRequest(line));
            }
        }
        return out.toString();
    }

    /**
     * Reads a snapshot written by {@link #encode}. Walks the text once, field by field, without splitting it into
     * arrays of strings: a report with adjustments reads the snapshots of all changed months.
     */
    static Snapshot decode(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!text.startsWith(VERSION_LINE) || firstEnd != VERSION_LINE.length() || firstEnd >= text.length()) {
            throw new IllegalStateException("not a month snapshot of a known version: " + text.substring(0, firstEnd));
        }
        Fields head = new Fields(text, firstEnd + 1);
        head.next(); // "result"
        long projectId = head.nextLong();
        YearMonth month = YearMonth.parse(head.next());
        Currency currency = Currency.getInstance(head.next());
        OveragePolicy overage = OveragePolicy.valueOf(head.next());

        List<MonthResult.LevelLine> levels = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        PendingLevel level = null;
        List<MonthResult.TicketLine> tickets = new ArrayList<>();
        String[] adjustmentFields = null;
        Map<SupportLevel, Figures> adjustmentLevels = new EnumMap<>(SupportLevel.class);
        List<MonthResult.TicketLine> adjustmentTickets = new ArrayList<>();
        List<MonthResult.ChangeRequestLine> changeRequests = new ArrayList<>();
        List<MonthResult.ChangeRequestLine> adjustmentChangeRequests = new ArrayList<>();

        for (int at = head.lineEnd + 1; at < text.length(); ) {
            Fields f = new Fields(text, at);
            at = f.lineEnd + 1;
            switch (f.next()) {
                case "level" -> {
                    if (level != null) {
                        levels.add(level.line(tickets));
                        tickets = new ArrayList<>();
                    }
                    level = new PendingLevel(AoValues.level(f.next()), f.nextLong(), f.nextLong(), f.nextLong(),
                            f.nextMoney(currency), f.nextLong(), f.nextFigures(currency));
                }
                case "ticket" -> tickets.add(new MonthResult.TicketLine(f.nextLong(), AoValues.level(f.next()),
                        f.nextFigures(currency)));
                case "adjustment" -> {
                    if (adjustmentFields != null) {
                        adjustments.add(adjustment(adjustmentFields, adjustmentLevels, adjustmentTickets,
                                adjustmentChangeRequests));
                        adjustmentLevels = new EnumMap<>(SupportLevel.class);
                        adjustmentTickets = new ArrayList<>();
                        adjustmentChangeRequests = new ArrayList<>();
                    }
                    adjustmentFields = new String[] {"adjustment", f.next(), f.next(), f.next()};
                }
                case "adjustment-level" -> adjustmentLevels.put(AoValues.level(f.next()), f.nextFigures(currency));
                case "adjustment-ticket" -> adjustmentTickets.add(new MonthResult.TicketLine(f.nextLong(),
                        AoValues.level(f.next()), f.nextFigures(currency)));
                case "change-request" -> changeRequests.add(f.nextChangeRequest(currency));
                case "adjustment-change-request" -> adjustmentChangeRequests.add(f.nextChangeRequest(currency));
                default -> throw new IllegalStateException("unknown snapshot record: " + f.kind());
            }
        }
        if (level != null) {
            levels.add(level.line(tickets));
        }
        if (adjustmentFields != null) {
            adjustments.add(adjustment(adjustmentFields, adjustmentLevels, adjustmentTickets,
                    adjustmentChangeRequests));
        }
        return new Snapshot(new MonthResult(projectId, month, currency, overage, levels, changeRequests),
                adjustments);
    }

    /** A level record whose ticket records follow it. */
    private record PendingLevel(SupportLevel level, long baseMinutes, long topUpMinutes, long carryInMinutes,
            Money hourlyRate, long carryOutMinutes, Figures figures) {

        MonthResult.LevelLine line(List<MonthResult.TicketLine> tickets) {
            return new MonthResult.LevelLine(level, baseMinutes, topUpMinutes, carryInMinutes, hourlyRate, figures,
                    carryOutMinutes, tickets);
        }
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The tab-separated fields of one line, read in order. */
    private static final class Fields {

        private final String text;
        private final int lineStart;
        final int lineEnd;
        private int at;

        Fields(String text, int lineStart) {
            this.text = text;
            this.lineStart = lineStart;
            this.lineEnd = lineEnd(text, lineStart);
            this.at = lineStart;
        }

        String kind() {
            int tab = text.indexOf('\t', lineStart);
            return text.substring(lineStart, tab < 0 || tab > lineEnd ? lineEnd : tab);
        }

        private int fieldEnd() {
            if (at > lineEnd) {
                throw new IllegalStateException("snapshot record too short: " + text.substring(lineStart, lineEnd));
            }
            int tab = text.indexOf('\t', at);
            return tab < 0 || tab > lineEnd ? lineEnd : tab;
        }

        String next() {
            int end = fieldEnd();
            String field = text.substring(at, end);
            at = end + 1;
            return field;
        }

        long nextLong() {
            int end = fieldEnd();
            long value = Long.parseLong(text, at, end, 10);
            at = end + 1;
            return value;
        }

        /** An amount as {@code toPlainString} wrote it at the currency's scale, else any exact decimal. */
        Money nextMoney(Currency currency) {
            int end = fieldEnd();
            int digits = Money.fractionDigits(currency);
            int point = text.lastIndexOf('.', end - 1);
            boolean atScale = digits == 0 ? point < at : point >= at && end - point - 1 == digits;
            Money money;
            if (atScale && end - at <= 18) {
                long minor = Long.parseLong(text, at, point < at ? end : point, 10);
                boolean negative = text.charAt(at) == '-';
                for (int i = point + 1; point >= at && i < end; i++) {
                    int digit = Character.digit(text.charAt(i), 10);
                    if (digit < 0) {
                        throw new NumberFormatException("not an amount: " + text.substring(at, end));
                    }
                    minor = minor * 10 + (negative ? -digit : digit);
                }
                money = Money.ofMinor(currency, minor);
            } else {
                money = Money.of(currency, new BigDecimal(text.substring(at, end)));
            }
            at = end + 1;
            return money;
        }

        Figures nextFigures(Currency currency) {
            return new Figures(nextLong(), nextLong(), nextLong(), nextLong(), nextMoney(currency));
        }

        MonthResult.ChangeRequestLine nextChangeRequest(Currency currency) {
            return new MonthResult.ChangeRequestLine(nextLong(), AoValues.level(next()), nextMoney(currency),
                    nextLong(), nextMoney(currency));
        }
    }

    private static Adjustment adjustment(String[] f, Map<SupportLevel, Figures> levels,
            List<MonthResult.TicketLine> tickets, List<MonthResult.ChangeRequestLine> changeRequests) {
        return new Adjustment(Long.parseLong(f[1]), YearMonth.parse(f[2]), YearMonth.parse(f[3]), levels, tickets,
                changeRequests);
    }

    /** Snapshots written before change requests existed have no such records and read as none. */
    private static String changeRequest(MonthResult.ChangeRequestLine line) {
        return line.issueId() + "\t" + line.level().key() + "\t" + line.hourlyRate().amount().toPlainString() + "\t"
                + line.minutes() + "\t" + line.amount().amount().toPlainString();
    }

    private static String figures(Figures figures) {
        return figures.inContingentMinutes() + "\t" + figures.overageMinutes() + "\t" + figures.suspendedMinutes()
                + "\t" + figures.billedMinutes() + "\t" + figures.amount().amount().toPlainString();
    }

    private static void line(StringBuilder out, String kind, Object... fields) {
        out.append(kind);
        for (Object field : fields) {
            out.append('\t').append(field);
        }
        out.append('\n');
    }
}

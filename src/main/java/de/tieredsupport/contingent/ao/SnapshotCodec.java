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

    static Snapshot decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !VERSION_LINE.equals(lines[0])) {
            throw new IllegalStateException("not a month snapshot of a known version: " + lines[0]);
        }
        String[] head = lines[1].split("\t", -1);
        long projectId = Long.parseLong(head[1]);
        YearMonth month = YearMonth.parse(head[2]);
        Currency currency = Currency.getInstance(head[3]);
        OveragePolicy overage = OveragePolicy.valueOf(head[4]);

        List<MonthResult.LevelLine> levels = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        String[] levelFields = null;
        List<MonthResult.TicketLine> tickets = new ArrayList<>();
        String[] adjustmentFields = null;
        Map<SupportLevel, Figures> adjustmentLevels = new EnumMap<>(SupportLevel.class);
        List<MonthResult.TicketLine> adjustmentTickets = new ArrayList<>();
        List<MonthResult.ChangeRequestLine> changeRequests = new ArrayList<>();
        List<MonthResult.ChangeRequestLine> adjustmentChangeRequests = new ArrayList<>();

        for (int i = 2; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            switch (f[0]) {
                case "level" -> {
                    if (levelFields != null) {
                        levels.add(levelLine(levelFields, tickets, currency));
                        tickets = new ArrayList<>();
                    }
                    levelFields = f;
                }
                case "ticket" -> tickets.add(ticketLine(f, currency));
                case "adjustment" -> {
                    if (adjustmentFields != null) {
                        adjustments.add(adjustment(adjustmentFields, adjustmentLevels, adjustmentTickets,
                                adjustmentChangeRequests));
                        adjustmentLevels = new EnumMap<>(SupportLevel.class);
                        adjustmentTickets = new ArrayList<>();
                        adjustmentChangeRequests = new ArrayList<>();
                    }
                    adjustmentFields = f;
                }
                case "adjustment-level" -> adjustmentLevels.put(AoValues.level(f[1]), figures(f, 2, currency));
                case "adjustment-ticket" -> adjustmentTickets.add(ticketLine(f, currency));
                case "change-request" -> changeRequests.add(changeRequestLine(f, currency));
                case "adjustment-change-request" -> adjustmentChangeRequests.add(changeRequestLine(f, currency));
                default -> throw new IllegalStateException("unknown snapshot record: " + f[0]);
            }
        }
        if (levelFields != null) {
            levels.add(levelLine(levelFields, tickets, currency));
        }
        if (adjustmentFields != null) {
            adjustments.add(adjustment(adjustmentFields, adjustmentLevels, adjustmentTickets,
                    adjustmentChangeRequests));
        }
        return new Snapshot(new MonthResult(projectId, month, currency, overage, levels, changeRequests),
                adjustments);
    }

    private static MonthResult.LevelLine levelLine(String[] f, List<MonthResult.TicketLine> tickets, Currency currency) {
        return new MonthResult.LevelLine(AoValues.level(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Money.of(currency, new BigDecimal(f[5])), figures(f, 7, currency),
                Long.parseLong(f[6]), tickets);
    }

    private static MonthResult.TicketLine ticketLine(String[] f, Currency currency) {
        return new MonthResult.TicketLine(Long.parseLong(f[1]), AoValues.level(f[2]), figures(f, 3, currency));
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

    private static MonthResult.ChangeRequestLine changeRequestLine(String[] f, Currency currency) {
        return new MonthResult.ChangeRequestLine(Long.parseLong(f[1]), AoValues.level(f[2]),
                Money.of(currency, new BigDecimal(f[3])), Long.parseLong(f[4]), Money.of(currency, new BigDecimal(f[5])));
    }

    private static String figures(Figures figures) {
        return figures.inContingentMinutes() + "\t" + figures.overageMinutes() + "\t" + figures.suspendedMinutes()
                + "\t" + figures.billedMinutes() + "\t" + figures.amount().amount().toPlainString();
    }

    private static Figures figures(String[] f, int from, Currency currency) {
        return new Figures(Long.parseLong(f[from]), Long.parseLong(f[from + 1]), Long.parseLong(f[from + 2]),
                Long.parseLong(f[from + 3]), Money.of(currency, new BigDecimal(f[from + 4])));
    }

    private static void line(StringBuilder out, String kind, Object... fields) {
        out.append(kind);
        for (Object field : fields) {
            out.append('\t').append(field);
        }
        out.append('\n');
    }
}

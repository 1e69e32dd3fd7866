package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.OveragePolicy;
import de.tieredsupport.contingent.domain.TopUp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

public class SnapshotCodecTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private static MonthResult march(Booking... bookings) {
        return MonthCalculator.compute(TestData.seedContract(MARCH), MARCH, List.of(bookings), List.of(), LevelMinutes.ZERO);
    }

    @Test
    public void changeRequestLinesAndTheirAdjustmentsSurviveTheSnapshot() {
        MonthResult closed = march(
                TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build(),
                TestData.booking(2).issue(4).at("2026-03-03T09:00").minutes(25).level(SupportLevel.L3).changeRequest()
                        .build());
        MonthResult later = march(
                TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build(),
                TestData.booking(2).issue(4).at("2026-03-03T09:00").minutes(25).level(SupportLevel.L3).changeRequest()
                        .build(),
                TestData.booking(3).issue(4).at("2026-03-04T09:00").minutes(10).level(SupportLevel.L3).changeRequest()
                        .build());
        Adjustment settled = Adjustment.due(later, closed, List.of(), APRIL).orElseThrow();
        assertEquals(1, settled.changeRequests().size());

        SnapshotCodec.Snapshot decoded = SnapshotCodec.decode(SnapshotCodec.encode(closed, List.of(settled)));

        assertEquals(closed, decoded.result());
        assertEquals(List.of(settled), decoded.settledAdjustments());
    }

    @Test
    public void aSnapshotWrittenBeforeChangeRequestsReadsAsNone() {
        MonthResult closed = march(TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build());
        String text = SnapshotCodec.encode(closed, List.of());
        assertTrue(!text.contains("change-request"));
        assertEquals(List.of(), SnapshotCodec.decode(text).result().changeRequests());
        assertEquals(closed, SnapshotCodec.decode(text).result());
    }

    /**
     * The decoder reads what the split-based one it replaced read, on 300 random months (both overage policies, top-ups,
     * carry-in, suspended and change-request work) with settled adjustments of negative and zero amounts.
     */
    @Test
    public void readsWhatTheSplitBasedDecoderRead() {
        Random random = new Random(20261203L);
        for (int round = 0; round < 300; round++) {
            OveragePolicy overage = random.nextBoolean() ? OveragePolicy.BILLED_AT_RATE : OveragePolicy.NOT_BILLED;
            var contract = TestData.contract(TestData.seedTerms(MARCH).overage(overage).build());
            List<Booking> bookings = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 1; i <= count; i++) {
                var b = TestData.booking(i).issue(1 + random.nextInt(15))
                        .at(String.format("2026-03-%02dT%02d:%02d", 1 + random.nextInt(31), random.nextInt(24),
                                random.nextInt(60)))
                        .minutes(5 * (1 + random.nextInt(60))).level(SupportLevel.values()[random.nextInt(3)]);
                int kind = random.nextInt(20);
                bookings.add(kind == 0 ? b.suspended().build() : kind == 1 ? b.changeRequest().build()
                        : kind == 2 ? b.deleted().build() : b.build());
            }
            List<TopUp> topUps = random.nextBoolean() ? List.of() : List.of(new TopUp(TestData.PROJECT, MARCH,
                    SupportLevel.L1, Minutes.of(5L * (1 + random.nextInt(40))), "admin", "more", Instant.parse("2026-03-05T10:00:00Z")));
            LevelMinutes carryIn = LevelMinutes.ZERO.with(SupportLevel.L2, Minutes.of(5L * random.nextInt(20)));
            MonthResult closed = MonthCalculator.compute(contract, MARCH, bookings.subList(0, bookings.size() / 2),
                    topUps, carryIn);
            MonthResult now = MonthCalculator.compute(contract, MARCH, bookings, topUps, carryIn);
            List<Adjustment> settled = new ArrayList<>();
            Adjustment.due(now, closed, List.of(), APRIL).ifPresent(settled::add);
            Adjustment.due(closed, now, List.of(), APRIL).ifPresent(settled::add);

            String text = SnapshotCodec.encode(now, settled);
            SnapshotCodec.Snapshot decoded = SnapshotCodec.decode(text);
            assertEquals(SplitBasedDecoder.decode(text), decoded);
            assertEquals(now, decoded.result());
            assertEquals(settled, decoded.settledAdjustments());
        }
    }

    @Test
    public void amountsNotAtTheCurrencysScaleReadExactly() {
        MonthResult closed = march(TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(5).build());
        String text = SnapshotCodec.encode(closed, List.of());
        assertTrue(text, text.contains("\t5.83\n"));
        String shorter = text.replace("\t5.83\n", "\t5.830\n").replace("\t70.00\t", "\t70\t");
        assertEquals(closed, SnapshotCodec.decode(shorter).result());
    }

    /** The decoder before it walked the text field by field, kept to compare with. */
    private static final class SplitBasedDecoder {

        static SnapshotCodec.Snapshot decode(String text) {
            String[] lines = text.split("\n");
            if (lines.length < 2 || !SnapshotCodec.VERSION_LINE.equals(lines[0])) {
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
            return new SnapshotCodec.Snapshot(new MonthResult(projectId, month, currency, overage, levels, changeRequests),
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


        private static MonthResult.ChangeRequestLine changeRequestLine(String[] f, Currency currency) {
            return new MonthResult.ChangeRequestLine(Long.parseLong(f[1]), AoValues.level(f[2]),
                    Money.of(currency, new BigDecimal(f[3])), Long.parseLong(f[4]), Money.of(currency, new BigDecimal(f[5])));
        }


        private static Figures figures(String[] f, int from, Currency currency) {
            return new Figures(Long.parseLong(f[from]), Long.parseLong(f[from + 1]), Long.parseLong(f[from + 2]),
                    Long.parseLong(f[from + 3]), Money.of(currency, new BigDecimal(f[from + 4])));
        }

    }
}

package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;

import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * Random event streams through the recording use case (fixed seeds): incrementally maintained totals always equal
 * a recount from the bookings, and the order in which worklogs are recorded does not change the month result.
 */
public class RecordingPropertyTest {

    private static final long PROJECT = 10_000L;
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    private static final int SEEDS = 40;

    private static String randomStart(Random r) {
        YearMonth m = MONTHS.get(r.nextInt(MONTHS.size()));
        return m.atDay(1 + r.nextInt(m.lengthOfMonth())) + "T" + String.format("%02d:%02d", r.nextInt(24),
                r.nextInt(60));
    }

    private static void assertTotalsEqualRecount(InMemoryHost host, String where) {
        for (YearMonth month : MONTHS) {
            MonthTotals stored = host.totals.find(PROJECT, month).orElse(MonthTotals.empty(PROJECT, month));
            MonthTotals recount = MonthTotals.recount(PROJECT, month, host.bookings.findByMonth(PROJECT, month),
                    LevelMinutes.ZERO);
            for (SupportLevel level : SupportLevel.values()) {
                assertEquals(where + " " + month + " " + level, recount.level(level).usedMinutes(),
                        stored.level(level).usedMinutes());
                assertEquals(where + " " + month + " " + level, recount.level(level).suspendedMinutes(),
                        stored.level(level).suspendedMinutes());
            }
            // the ticket totals too, kept in the same step
            java.util.Comparator<TicketTotal> byTicket = java.util.Comparator.comparing(TicketTotal::level)
                    .thenComparingLong(TicketTotal::issueId);
            assertEquals(where + " " + month + " tickets",
                    TicketTotal.recount(host.bookings.findByMonth(PROJECT, month)).stream().sorted(byTicket).toList(),
                    host.totals.findTickets(PROJECT, month).stream().sorted(byTicket).toList());
        }
    }

    @Test
    public void shouldKeepIncrementalTotalsEqualToARecount() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random r = new Random(seed);
            InMemoryHost host = InMemoryHost.at("2026-03-15T12:00");
            host.configureSeed(PROJECT, "2026-03");
            for (int step = 0; step < 150; step++) {
                long worklog = 1 + r.nextInt(25);
                long issue = 1 + worklog % 7;
                int action = r.nextInt(20);
                if (action < 2) {
                    host.delete(worklog);
                } else if (action < 4) {
                    host.escalate(issue, SupportLevel.values()[r.nextInt(3)]);
                } else if (action == 4 && host.bookings.find(worklog).filter(Booking::isActive).isPresent()) {
                    host.correctLevel.correct(ADMIN, PROJECT, worklog, SupportLevel.values()[r.nextInt(3)],
                            "random");
                } else if (action == 5) {
                    host.setTime(randomStart(r).substring(0, 10) + "T12:00");
                    SupportLevel level = r.nextBoolean() ? null : SupportLevel.values()[r.nextInt(3)];
                    try {
                        if (r.nextBoolean()) {
                            host.customerDecisions.suspend(ADMIN, PROJECT, level, "random");
                        } else {
                            host.customerDecisions.resume(ADMIN, PROJECT, level);
                        }
                    } catch (ConflictException expected) {
                        // nothing to resume or already suspended
                    }
                } else {
                    long seconds = r.nextInt(5) == 0 ? r.nextInt(2) : r.nextInt(3 * 3600);
                    host.edit(worklog, issue, PROJECT, randomStart(r), seconds);
                }
                assertTotalsEqualRecount(host, "seed " + seed + " step " + step);
            }
        }
    }

    @Test
    public void shouldNotDependOnTheOrderOfRecording() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random r = new Random(seed);
            List<WorklogChange> events = new ArrayList<>();
            List<SupportLevel> levels = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                levels.add(SupportLevel.values()[r.nextInt(3)]);
                events.add(WorklogChange.created(i, 100 + i, PROJECT, "agent",
                        InMemoryHost.berlin(randomStart(r)), r.nextInt(3 * 3600), Instant.EPOCH));
            }
            List<MonthResult> expected = null;
            for (int order = 0; order < 3; order++) {
                InMemoryHost host = InMemoryHost.at("2026-05-15T12:00");
                host.configureSeed(PROJECT, "2026-03");
                for (int i = 0; i < levels.size(); i++) {
                    host.escalate(101 + i, levels.get(i));
                }
                List<WorklogChange> shuffled = new ArrayList<>(events);
                Collections.shuffle(shuffled, new Random(seed * 100 + order));
                shuffled.forEach(host.recordWorklogChange::record);
                List<MonthResult> results = MONTHS.stream()
                        .map(m -> host.billingReport.report(ADMIN, PROJECT, m).result()).toList();
                if (expected == null) {
                    expected = results;
                }
                assertEquals("seed " + seed + " order " + order, expected, results);
                assertTotalsEqualRecount(host, "seed " + seed);
            }
        }
    }
}

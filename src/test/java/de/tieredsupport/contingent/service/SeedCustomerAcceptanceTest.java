package de.tieredsupport.contingent.service;

import static de.tieredsupport.contingent.domain.SupportLevel.L1;
import static de.tieredsupport.contingent.domain.SupportLevel.L2;
import static de.tieredsupport.contingent.domain.SupportLevel.L3;
import static de.tieredsupport.contingent.domain.TestData.eur;
import static de.tieredsupport.contingent.service.inmemory.InMemoryHost.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Figures;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.MonthResult.LevelLine;
import de.tieredsupport.contingent.domain.MonthResult.TicketLine;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * The offer's example customer for one month, end to end through the use cases:
 * 1st level 8 h at 70 EUR/h, 2nd level 12 h at 80 EUR/h, 3rd level 12 h at 90 EUR/h, 5-minute increments,
 * thresholds 80 % and 100 %, overage not billed.
 * <p>
 * March 2026 (starts on a Sunday, 22 working days). Tickets: ACME-1 (password resets, no level set: default L1),
 * ACME-2 (escalated L1 -> L2 -> L3), ACME-3 (L1 user questions), ACME-4 (L2 configuration), ACME-5 (L3 fix).
 */
public class SeedCustomerAcceptanceTest {

    private static final long ACME = 10_100L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final long ACME_1 = 101;
    private static final long ACME_2 = 102;
    private static final long ACME_3 = 103;
    private static final long ACME_4 = 104;
    private static final long ACME_5 = 105;

    private final InMemoryHost host = InMemoryHost.at("2026-03-01T10:00");

    private void at(String berlinLocal) {
        host.setTime(berlinLocal);
    }

    private static String keys(List<de.tieredsupport.contingent.domain.Alert> alerts) {
        return alerts.stream().map(a -> a.level().key() + "@" + a.thresholdPercent() + "%/" + a.availableMinutes().toLong())
                .toList().toString();
    }

    @Test
    public void shouldBillTheExampleCustomersMonthExactly() {
        host.configureSeed(ACME, "2026-03");
        host.escalate(ACME_2, L1);
        host.escalate(ACME_3, L1);
        host.escalate(ACME_4, L2);
        host.escalate(ACME_5, L3);
        host.issues.put(ACME_1, "ACME-1", "Password reset");
        host.issues.put(ACME_2, "ACME-2", "Invoice export fails");
        host.issues.put(ACME_3, "ACME-3", "How do I filter the sales pipeline?");
        host.issues.put(ACME_4, "ACME-4", "New field on the order form");
        host.issues.put(ACME_5, "ACME-5", "Plugin crash on save");

        // worklog id, issue, start, raw seconds -> billed minutes (UP to 5 min, at least 5)
        at("2026-03-02T09:20");
        RoundingDecision b1 = host.log(1, ACME_1, ACME, "2026-03-02T09:12", 432);   // 7m12s -> 10
        assertEquals(new RoundingDecision(432, 600, true, true), b1);
        host.edit(1, ACME_1, ACME, "2026-03-02T09:12", 600);                       // the host's rewrite comes back
        at("2026-03-02T10:25");
        host.log(2, ACME_2, ACME, "2026-03-02T10:05", 880);                        // 14m40s -> 15 (L1)
        at("2026-03-03T11:35");
        host.log(3, ACME_3, ACME, "2026-03-03T11:30", 60);                         // 1 min call -> 5
        at("2026-03-04T12:00");
        host.log(4, ACME_3, ACME, "2026-03-04T09:00", 10_681);                     // 2h58m01s -> 180

        // ACME-2 goes to 2nd level
        at("2026-03-05T12:00");
        host.escalate(ACME_2, L2);
        at("2026-03-05T14:30");
        host.log(10, ACME_2, ACME, "2026-03-05T13:00", 5220);                      // 1h27m -> 90 (L2)
        at("2026-03-06T12:35");
        host.log(11, ACME_2, ACME, "2026-03-06T09:30", 10_980);                    // 3h03m -> 185 (L2)

        at("2026-03-09T16:00");
        host.log(5, ACME_1, ACME, "2026-03-09T14:00", 7200);                       // 2h -> 120
        assertEquals(List.of(), host.sender.alerts());
        at("2026-03-10T11:00");
        host.log(6, ACME_3, ACME, "2026-03-10T10:00", 3150);                       // 52m30s -> 55
        // L1: 10 + 15 + 5 + 180 + 120 + 55 = 385 >= 80 % of 480 = 384
        assertEquals("[L1@80%/480]", keys(host.sender.alerts()));
        assertEquals(List.of("it-lead@customer.example"), host.sender.sent().get(0).contract()
                .termsFor(MARCH).orElseThrow().recipients());

        // the customer decides: one more hour of 1st level this month
        at("2026-03-11T09:00");
        host.customerDecisions.addTopUp(ADMIN, ACME, MARCH, L1, 60, "customer approved 1 h extra");
        LevelStatus l1Now = host.getStatus.status(ADMIN, ACME, MARCH).level(L1);
        assertEquals(Minutes.of(540), l1Now.availableMinutes());
        assertEquals(71, l1Now.percentUsed());                                     // 385 / 540 = 71.3 %
        // Wed 11th: 8 of 22 working days elapsed: 385 x 22 / 8 = 1058.75 -> 1059
        assertEquals(Minutes.of(1059), l1Now.projectedMonthEndMinutes());
        // ceil(540 x 8 / 385) = ceil(11.2) = 12th working day = Tue 17th
        assertEquals(Optional.of(LocalDate.of(2026, 3, 17)), l1Now.projectedExhaustion());

        at("2026-03-12T11:00");
        host.log(7, ACME_1, ACME, "2026-03-12T09:00", 7199);                       // 1h59m59s -> 120
        // 385 -> 505 crosses 80 % of the new 540 (432): re-armed by the top-up
        at("2026-03-13T09:00");
        host.log(17, ACME_1, ACME, "2026-03-12T14:00", 900);                       // logged by mistake ...
        at("2026-03-13T09:05");
        host.delete(17);                                                            // ... and deleted

        // ACME-2 goes to 3rd level; its 2nd-level work stays 2nd level
        at("2026-03-16T08:30");
        host.escalate(ACME_2, L3);
        at("2026-03-16T15:15");
        host.log(12, ACME_2, ACME, "2026-03-16T09:00", 22_220);                    // 6h10m20s -> 375 (L3)
        at("2026-03-17T14:00");
        host.log(13, ACME_2, ACME, "2026-03-17T09:00", 17_040);                    // 4h44m -> 285 (L3)
        // L3: 375 -> 660 crosses 80 % of 720 = 576
        at("2026-03-17T15:00");
        host.edit(10, ACME_2, ACME, "2026-03-05T13:00", 5520);                     // 1h32m -> 95, still L2

        at("2026-03-18T12:00");
        host.log(14, ACME_4, ACME, "2026-03-18T10:00", 7200);                      // 2h -> 120 (L2)
        at("2026-03-19T10:05");
        RoundingDecision b15 = host.log(15, ACME_4, ACME, "2026-03-19T10:00", 300); // exactly 5 min
        assertFalse(b15.rewriteWorklog());
        at("2026-03-20T10:00");
        host.log(8, ACME_3, ACME, "2026-03-20T09:00", 3600);                       // 1h -> 60
        // L1: 505 -> 565 crosses 100 % of 540
        at("2026-03-23T10:00");
        host.log(16, ACME_5, ACME, "2026-03-23T09:00", 2820);                      // 47m -> 50 (L3)
        at("2026-03-25T09:30");
        host.log(9, ACME_1, ACME, "2026-03-25T09:00", 1201);                       // 20m01s -> 25: overage
        at("2026-04-01T00:30");
        host.log(18, ACME_5, ACME, "2026-04-01T00:00", 1800);                      // first second of April

        assertEquals("[L1@80%/480, L1@80%/540, L3@80%/720, L1@100%/540]", keys(host.sender.alerts()));

        BillingReportView report = host.billingReport.report(ADMIN, ACME, MARCH);
        MonthResult march = report.result();

        // ---- 1st level: 480 + 60 top-up = 540 available.
        // In start order: 10, 15, 5, 180, 120, 55, 120, 60, 25 = 590 used.
        // Worklog 8 (60) starts at 505: 35 in, 25 over; worklog 9 (25) is all over. In 540, over 50.
        // Billed (overage not billed) 540 min x 70 / 60 = 630.00.
        LevelLine l1 = march.line(L1);
        assertEquals(480, l1.baseMinutes());
        assertEquals(60, l1.topUpMinutes());
        assertEquals(540, l1.availableMinutes());
        assertEquals(new Figures(540, 50, 0, 540, eur("630.00")), l1.figures());
        // ACME-1: 10 + 120 + 120 = 250 in, 25 over; 250 x 70/60 = 291.6667
        // ACME-2: 15 in; 17.50
        // ACME-3: 5 + 180 + 55 + 35 = 275 in, 25 over; 275 x 70/60 = 320.8333
        // floors 291.66 + 17.50 + 320.83 = 629.99; the cent goes to the largest remainder (ACME-1, .67)
        assertEquals(List.of(
                new TicketLine(ACME_1, L1, new Figures(250, 25, 0, 250, eur("291.67"))),
                new TicketLine(ACME_2, L1, new Figures(15, 0, 0, 15, eur("17.50"))),
                new TicketLine(ACME_3, L1, new Figures(275, 25, 0, 275, eur("320.83")))), l1.tickets());

        // ---- 2nd level: 720 available; ACME-2 95 + 185 = 280, ACME-4 120 + 5 = 125; 405 used (56 %, no alert).
        // 405 x 80 / 60 = 540.00; ACME-2 280 x 80/60 = 373.3333, ACME-4 125 x 80/60 = 166.6667
        // floors 373.33 + 166.66 = 539.99; the cent goes to ACME-4 (.67)
        LevelLine l2 = march.line(L2);
        assertEquals(new Figures(405, 0, 0, 405, eur("540.00")), l2.figures());
        assertEquals(List.of(
                new TicketLine(ACME_2, L2, new Figures(280, 0, 0, 280, eur("373.33"))),
                new TicketLine(ACME_4, L2, new Figures(125, 0, 0, 125, eur("166.67")))), l2.tickets());

        // ---- 3rd level: ACME-2 375 + 285 = 660 (990.00), ACME-5 50 (75.00); 710 of 720; 710 x 90/60 = 1065.00
        LevelLine l3 = march.line(L3);
        assertEquals(new Figures(710, 0, 0, 710, eur("1065.00")), l3.figures());
        assertEquals(List.of(
                new TicketLine(ACME_2, L3, new Figures(660, 0, 0, 660, eur("990.00"))),
                new TicketLine(ACME_5, L3, new Figures(50, 0, 0, 50, eur("75.00")))), l3.tickets());

        // ---- invoice: 630.00 + 540.00 + 1065.00 = 2235.00; 50 min of 1st level over contingent, not billed
        assertEquals(eur("2235.00"), march.totalAmount());
        assertEquals(eur("2235.00"), report.invoiceTotal());
        assertEquals(List.of(), report.adjustments());
        assertEquals("ACME-3", report.issue(ACME_3).orElseThrow().key());
        assertEquals("one batch lookup", 1, host.issues.calls().size());
        assertEquals(432, host.bookings.find(1).orElseThrow().rawSeconds());

        // ---- status at the end of the month
        at("2026-03-31T18:00");
        LevelStatus l1End = host.getStatus.status(ADMIN, ACME, MARCH).level(L1);
        assertEquals(Minutes.of(590), l1End.usedMinutes());
        assertEquals(109, l1End.percentUsed());                                    // 590 / 540 = 109.3 %
        assertEquals(Minutes.of(0), l1End.remainingMinutes());
        assertEquals(Minutes.of(50), l1End.overageMinutes());

        // ---- close March; a late 2nd-level log for March becomes an adjustment in April
        at("2026-04-01T08:00");
        host.closeMonth.close(ADMIN, ACME, MARCH);
        at("2026-04-01T10:00");
        host.log(19, ACME_4, ACME, "2026-03-31T16:00", 1800);                      // 30 min, L2
        // L2 now 435 min x 80/60 = 580.00 (+40.00). ACME-4 155 min = 206.6667, ACME-2 373.3333:
        // floors 206.66 + 373.33 = 579.99, the cent to ACME-4 -> 206.67; settled 166.67 -> +40.00
        BillingReportView april = host.billingReport.report(ADMIN, ACME, APRIL);
        Adjustment adjustment = april.adjustments().get(0);
        assertEquals(MARCH, adjustment.closedMonth());
        assertEquals(new Figures(30, 0, 0, 30, eur("40.00")), adjustment.level(L2));
        assertEquals(List.of(new TicketLine(ACME_4, L2, new Figures(30, 0, 0, 30, eur("40.00")))),
                adjustment.tickets());
        // April itself: ACME-5 30 min of 3rd level = 45.00; invoice 45.00 + 40.00
        assertEquals(eur("45.00"), april.result().totalAmount());
        assertEquals(eur("85.00"), april.invoiceTotal());
        // the March snapshot is unchanged
        assertEquals(eur("2235.00"), host.billingReport.report(ADMIN, ACME, MARCH).result().totalAmount());
    }
}

package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ContractStatus;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.BillingReport;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.CloseMonth;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.CustomerDecisions;
import de.tieredsupport.contingent.service.GetStatus;
import de.tieredsupport.contingent.service.ListStatuses;
import de.tieredsupport.contingent.service.RecordWorklogChange;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.service.port.ClusterLock;
import de.tieredsupport.contingent.service.ChangeRequestFixture;
import de.tieredsupport.contingent.service.PendingAdjustmentsFixture;
import de.tieredsupport.contingent.service.inmemory.InMemoryAuditLog;
import de.tieredsupport.contingent.service.inmemory.InMemoryClusterLock;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueInfoLookup;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueLevelLookup;
import de.tieredsupport.contingent.service.inmemory.InMemoryUserRights;
import de.tieredsupport.contingent.service.inmemory.MutableClock;
import de.tieredsupport.contingent.service.inmemory.RecordingAlertSender;
import de.tieredsupport.contingent.service.inmemory.RecordingChangeRequestNotifier;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.H2StatementCounter;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The use cases wired to the AO stores on H2 and PostgreSQL give exactly what they give on the in-memory doubles,
 * for a month of worklogs with escalations, alerts, a top-up, a suspension, a close and late changes: so the
 * stores keep every detail the billing rules depend on (including the closed-month snapshot codec).
 */
@RunWith(Parameterized.class)
public class AoLedgerEquivalenceTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private final AoTestDatabase.Kind kind;

    public AoLedgerEquivalenceTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }


    private static final long PROJECT = 10_000L;
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private AoTestDatabase database;

    /** Builds the ledger over one set of stores. */
    private interface Stores {
        ContingentLedger build(ClusterLock lock, Clock clock);
    }

    /** The same use cases over a chosen set of stores. */
    private static final class Host {
        final MutableClock clock = new MutableClock(InMemoryHost.berlin("2026-03-02T08:00"), InMemoryHost.BERLIN);
        final InMemoryIssueLevelLookup levels = new InMemoryIssueLevelLookup();
        final InMemoryIssueInfoLookup issues = new InMemoryIssueInfoLookup();
        final RecordingAlertSender sender = new RecordingAlertSender();
        final ContingentLedger ledger;
        final RecordWorklogChange record;
        final ConfigureContract configure;
        final CustomerDecisions decisions;
        final BillingReport report;
        final GetStatus status;
        final ListStatuses statuses;
        final CloseMonth close;

        Host(Stores stores) {
            ledger = stores.build(new InMemoryClusterLock(), clock);
            AccessPolicy policy = new AccessPolicy(new InMemoryUserRights().jiraAdmin(InMemoryHost.ADMIN));
            InMemoryAuditLog audit = new InMemoryAuditLog();
            record = new RecordWorklogChange(ledger, levels, sender, new RecordingChangeRequestNotifier());
            configure = new ConfigureContract(ledger, policy, audit);
            decisions = new CustomerDecisions(ledger, policy, audit, sender);
            report = new BillingReport(ledger, policy, issues);
            status = new GetStatus(ledger, policy);
            statuses = new ListStatuses(ledger, policy);
            close = new CloseMonth(ledger, policy, audit);
        }
    }

    @Before
    public void openDatabase() {
        database = AoTestDatabase.fresh(kind, "ao_ledger");
    }

    @After
    public void closeDatabase() {
        // null when @Before failed to open it: JUnit runs @After anyway, and an exception here would hide that failure
        if (database != null) {
            database.close();
        }
    }

    private static Host inMemoryHost() {
        InMemoryHost memory = new InMemoryHost(InMemoryHost.berlin("2026-03-02T08:00"));
        return new Host((lock, clock) -> new ContingentLedger(memory.contracts, memory.bookings,
                memory.totals, memory.topUps, memory.suspensions, memory.alerts, memory.closes,
                memory.changeRequests, lock, memory.transactions, clock));
    }

    private Host aoHost(AoTotalsStore aoTotals, AoBookingStore aoBookings, TestActiveObjects ao) {
        return new Host((lock, clock) -> new ContingentLedger(new AoContractStore(ao), aoBookings, aoTotals,
                new AoTopUpStore(ao), new AoSuspensionStore(ao), new AoAlertStore(ao), new AoMonthCloseStore(ao),
                new AoChangeRequestStore(ao), lock, new AoTransactions(ao), clock));
    }

    @Test
    public void aoStoresBehaveExactlyLikeTheInMemoryOnes() {
        Host inMemory = inMemoryHost();
        TestActiveObjects ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
        AoTotalsStore aoTotals = new AoTotalsStore(ao);
        AoBookingStore aoBookings = new AoBookingStore(ao);
        Host onAo = aoHost(aoTotals, aoBookings, ao);

        for (Host host : List.of(inMemory, onAo)) {
            play(host);
        }

        assertEquals(inMemory.report.report(InMemoryHost.ADMIN, PROJECT, MARCH),
                onAo.report.report(InMemoryHost.ADMIN, PROJECT, MARCH));
        BillingReportView april = onAo.report.report(InMemoryHost.ADMIN, PROJECT, APRIL);
        assertEquals(inMemory.report.report(InMemoryHost.ADMIN, PROJECT, APRIL), april);
        assertFalse("the late changes show up as adjustments", april.adjustments().isEmpty());
        assertFalse("change-request work has its lines",
                onAo.report.report(InMemoryHost.ADMIN, PROJECT, MARCH).result().changeRequests().isEmpty());
        assertFalse("the late change-request work is adjusted",
                april.adjustments().get(0).changeRequests().isEmpty());
        assertEquals(inMemory.status.status(InMemoryHost.ADMIN, PROJECT, APRIL),
                onAo.status.status(InMemoryHost.ADMIN, PROJECT, APRIL));
        assertEquals(inMemory.sender.alerts(), onAo.sender.alerts());
        assertFalse(onAo.sender.alerts().isEmpty());

        for (YearMonth month : List.of(MARCH, APRIL)) {
            List<Booking> bookings = aoBookings.findByMonth(PROJECT, month);
            MonthTotals stored = aoTotals.find(PROJECT, month).orElseThrow();
            LevelMinutes available = LevelMinutes.byLevel(level -> Minutes.of(stored.level(level).availableMinutes().toLong()));
            MonthTotals recount = MonthTotals.recount(PROJECT, month, bookings, available);
            assertEquals("stored totals equal a recount from bookings in " + month, stored, recount);
        }
    }

    @Test
    public void allContractsStatusEqualsEachContractsStatusAndReadsEachTableOnce() {
        Host inMemory = inMemoryHost();
        TestActiveObjects ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
        Host onAo = aoHost(new AoTotalsStore(ao), new AoBookingStore(ao), ao);
        long carrying = PROJECT + 1;
        long idle = PROJECT + 2;
        for (Host host : List.of(inMemory, onAo)) {
            play(host);
            host.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(carrying, "2026-03")
                    .level("L1", 480L, "70", 120L).level("L2", 720L, "80", 60L).level("L3", 720L, "90", 0L)
                    .carryOverPolicy("UNUSED_UP_TO")
                    .build());
            host.record.record(WorklogChange.created(70_001, 900, carrying, "agent",
                    InMemoryHost.berlin("2026-03-10T10:00"), 95 * 60, host.clock.instant()));
            host.record.record(WorklogChange.created(70_002, 901, carrying, "agent",
                    InMemoryHost.berlin("2026-04-01T11:00"), 20 * 60, host.clock.instant()));
            host.decisions.addTopUp(InMemoryHost.ADMIN, carrying, APRIL, SupportLevel.L2, 30, "Go-live");
            host.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(idle, "2026-04").build());
        }

        for (YearMonth month : List.of(MARCH, APRIL)) {
            List<ContractStatus> all = onAo.statuses.statuses(InMemoryHost.ADMIN, month);
            List<ContractStatus> oneByOne = new ArrayList<>();
            for (long projectId : month.equals(MARCH) ? List.of(PROJECT, carrying) : List.of(PROJECT, carrying, idle)) {
                oneByOne.add(onAo.status.status(InMemoryHost.ADMIN, projectId, month));
            }
            assertEquals("all contracts of " + month, oneByOne, all);
            assertEquals(inMemory.statuses.statuses(InMemoryHost.ADMIN, month), all);
        }
        ContractStatus march = onAo.statuses.statuses(InMemoryHost.ADMIN, MARCH).get(0);
        assertTrue("the closed month and its alerts are part of it", march.closed() && !march.alerts().isEmpty());

        if (kind != AoTestDatabase.Kind.H2) {
            return; // statements are counted with H2's query statistics; the equality above holds on every database
        }
        H2StatementCounter counter = new H2StatementCounter(database);
        int withThree = counter.statementsOf(() -> onAo.statuses.statuses(InMemoryHost.ADMIN, APRIL)).size();
        for (int i = 0; i < 20; i++) {
            onAo.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(20_000 + i, "2026-04").build());
        }
        int withTwentyThree = counter.statementsOf(
                () -> assertEquals(23, onAo.statuses.statuses(InMemoryHost.ADMIN, APRIL).size())).size();
        assertEquals("contracts without carry-over add no statement", withThree, withTwentyThree);
    }

    /**
     * Booking a new worklog into an open month, counted on H2 (PostgreSQL runs the same statements): the contract
     * once before the lock, the booking once under it, the month's totals once with what they keep, a new booking
     * inserted without looking for it again. The statements are listed when the count is exceeded.
     */
    @Test
    public void bookingANewWorklogRunsAFixedSmallNumberOfStatements() {
        Assume.assumeTrue("statements are counted with H2's query statistics", kind == AoTestDatabase.Kind.H2);
        TestActiveObjects ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
        Host onAo = aoHost(new AoTotalsStore(ao), new AoBookingStore(ao), ao);
        onAo.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").build());
        H2StatementCounter counter = new H2StatementCounter(database);
        List<Integer> counts = new ArrayList<>();
        List<String> last = List.of();
        for (long worklog = 1; worklog <= 40; worklog++) {
            long id = worklog;
            int alertsBefore = onAo.sender.alerts().size();
            last = counter.statementsOf(() -> onAo.record.record(WorklogChange.created(id, 500 + id % 7, PROJECT,
                    "agent", InMemoryHost.berlin("2026-03-02T09:00").plusSeconds(600 * id), 600,
                    onAo.clock.instant())));
            if (onAo.sender.alerts().size() == alertsBefore) {
                counts.add(last.size()); // an alert adds its status and its record
            }
        }
        assertTrue("most worklogs fire no alert: " + counts, counts.size() >= 35);
        // contract (before the lock), booking, level totals (which keep the month's top-ups, the number of its
        // suspension windows and whether the project has change requests: none, so none of them is read), ticket
        // total, level total update, ticket total update, booking insert, commit. The month's close is not read: the
        // month is far from its end (ContractMonth.mayBeClosedAt). The month's first booking reads top-ups,
        // suspensions and whether there are change requests, and keeps them with the total rows it creates.
        assertEquals(String.join("\n", last), 8, (int) counts.get(counts.size() - 1));
        assertEquals("the same for every later worklog: " + counts, 1,
                new java.util.HashSet<>(counts.subList(1, counts.size())).size());
    }

    /**
     * The report of the month after the latest close, with one closed month changed and with twelve: the same number of
     * statements (the marks with their kept results, and the closes from the earliest changed month on, one query
     * each), and adjustments equal to each month's own computation from its bookings, snapshot and settled
     * adjustments, on both stores; then again after a close settled them and some months changed once more.
     */
    @Test
    public void adjustmentsOfTwelveChangedMonthsCostTheStatementsOfOneAndEqualEachMonthsComputation() {
        TestActiveObjects ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
        Host inMemory = inMemoryHost();
        Host onAo = aoHost(new AoTotalsStore(ao), new AoBookingStore(ao), ao);
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth february = YearMonth.of(2026, 2);
        List<YearMonth> closed = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(january); m = m.plusMonths(1)) {
            closed.add(m);
        }
        for (Host host : List.of(inMemory, onAo)) {
            yearOfWork(host, closed, january);
            host.clock.set(InMemoryHost.berlin("2026-03-02T09:00"));
            lateChange(host, closed.get(5), 1);
        }
        long beyond = closed.stream().filter(m -> onAo.report.report(InMemoryHost.ADMIN, PROJECT, m).result()
                .line(SupportLevel.L1).figures().overageMinutes() > 0).count();
        assertTrue("most months split at the end of a contingent: " + beyond, beyond >= 6);
        List<String> one = statementsOfReport(onAo, january);
        assertEquals(1, onAo.report.report(InMemoryHost.ADMIN, PROJECT, january).adjustments().size());

        for (Host host : List.of(inMemory, onAo)) {
            for (int i = 0; i < closed.size(); i++) {
                lateChange(host, closed.get(i), i);
            }
        }
        List<String> twelve = statementsOfReport(onAo, january);
        if (kind == AoTestDatabase.Kind.H2) {
            assertEquals("statements with 12 changed months as with 1:\n" + String.join("\n", twelve),
                    one.size(), twelve.size());
            // the month's top-ups and the latest close are read once, for the result and the view alike
            for (String table : List.of("AO_59A0F7_TOP_UP ", "AO_59A0F7_MONTH_CLOSE WHERE PROJECT_ID = ? ORDER BY")) {
                assertEquals(table + " read once:\n" + String.join("\n", twelve), 1,
                        twelve.stream().filter(sql -> sql.contains(table)).count());
            }
            // a month after the latest close has no close: the open month's report does not look for its own
            assertEquals("no read of the open month's close:\n" + String.join("\n", twelve), 0, twelve.stream()
                    .filter(sql -> sql.contains("AO_59A0F7_MONTH_CLOSE WHERE PROJECT_ID = ? AND BILLING_MONTH = ?"))
                    .count());
        }
        assertSamePendingAdjustments(inMemory, onAo, january, 12);

        // a mark without a kept result (as rows from before it was kept): the month is computed as before
        for (Host host : List.of(inMemory, onAo)) {
            PendingAdjustmentsFixture.forgetKeptResult(host.ledger, PROJECT, closed.get(3));
        }
        assertEquals(List.of(closed.get(3)), PendingAdjustmentsFixture.withoutKeptResult(onAo.ledger, PROJECT));
        assertSamePendingAdjustments(inMemory, onAo, january, 12);

        // January's close settles them; months changed again carry only the new difference in February
        for (Host host : List.of(inMemory, onAo)) {
            host.close.close(InMemoryHost.ADMIN, PROJECT, january);
            for (int i : new int[] {0, 5, 11}) {
                lateChange(host, closed.get(i), i + 20);
            }
        }
        List<Adjustment> settledAndChanged = assertSamePendingAdjustments(inMemory, onAo, february, 3);
        assertEquals(closed.get(5), settledAndChanged.get(1).closedMonth());
        assertEquals("a settled adjustment is part of the computation", 1,
                PendingAdjustmentsFixture.settled(onAo.ledger, PROJECT, closed.get(5)).size());
    }

    private List<String> statementsOfReport(Host host, YearMonth month) {
        if (kind != AoTestDatabase.Kind.H2) {
            return List.of();
        }
        return new H2StatementCounter(database).statementsOf(
                () -> host.report.report(InMemoryHost.ADMIN, PROJECT, month));
    }

    /** Both stores give the same report, and its adjustments are each month's own computation; returns them. */
    private static List<Adjustment> assertSamePendingAdjustments(Host inMemory, Host onAo, YearMonth reportMonth,
            int expected) {
        BillingReportView report = onAo.report.report(InMemoryHost.ADMIN, PROJECT, reportMonth);
        assertEquals(inMemory.report.report(InMemoryHost.ADMIN, PROJECT, reportMonth), report);
        assertEquals(expected, report.adjustments().size());
        for (Host host : List.of(inMemory, onAo)) {
            assertEquals(List.of(), PendingAdjustmentsFixture.staleKeptResults(host.ledger, PROJECT));
            assertEquals(PendingAdjustmentsFixture.perMonth(host.ledger, PROJECT, reportMonth),
                    PendingAdjustmentsFixture.pending(host.ledger, PROJECT, reportMonth));
            assertEquals(report.adjustments(), PendingAdjustmentsFixture.pending(host.ledger, PROJECT, reportMonth));
        }
        return report.adjustments();
    }

    private static final int WORKLOGS_A_MONTH = 10;

    /**
     * The offer's example customer from the first of {@code closed} on: work beyond the contingents of the first two
     * levels in every month up to {@code open}, the {@code closed} months closed.
     */
    private static void yearOfWork(Host host, List<YearMonth> closed, YearMonth open) {
        host.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, closed.get(0).toString())
                .build());
        host.clock.set(InMemoryHost.berlin("2026-02-02T09:00"));
        Random random = new Random(20250101L);
        long worklogId = 1;
        for (YearMonth m = closed.get(0); !m.isAfter(open); m = m.plusMonths(1)) {
            for (int n = 0; n < WORKLOGS_A_MONTH; n++) {
                long issueId = 500 + random.nextInt(9);
                host.levels.set(issueId, SupportLevel.values()[(int) (issueId % 3)]);
                host.issues.put(issueId, "SUP-" + issueId, "Ticket " + issueId);
                host.record.record(WorklogChange.created(worklogId++, issueId, PROJECT, "agent",
                        m.atDay(2 + 2 * n).atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(InMemoryHost.BERLIN)
                                .toInstant(), 90 * 60L + random.nextInt(180 * 60), host.clock.instant()));
            }
        }
        for (YearMonth m : closed) {
            host.close.close(InMemoryHost.ADMIN, PROJECT, m);
        }
    }

    /** Changes a closed month: early new work that moves where the contingent runs out, an edit or a deletion. */
    private static void lateChange(Host host, YearMonth month, int variant) {
        long issueId = 500 + variant % 9;
        host.levels.set(issueId, SupportLevel.values()[(int) (issueId % 3)]);
        host.issues.put(issueId, "SUP-" + issueId, "Ticket " + issueId);
        long worklogId = 100_000L + month.getYear() * 100L + month.getMonthValue() * 1_000L + variant;
        host.record.record(WorklogChange.created(worklogId, issueId, PROJECT, "agent",
                month.atDay(1).atTime(8, 0).atZone(InMemoryHost.BERLIN).toInstant(), 25 * 60L + variant * 60L,
                host.clock.instant()));
        long firstOfMonth = 1 + WORKLOGS_A_MONTH * (month.getYear() * 12L + month.getMonthValue() - 1 - 2025 * 12L);
        if (variant % 3 == 1) {
            host.record.record(WorklogChange.deleted(firstOfMonth + variant % WORKLOGS_A_MONTH));
        } else if (variant % 3 == 2) {
            host.record.record(WorklogChange.updated(firstOfMonth + 3, 500 + (variant + 1) % 9, PROJECT, "agent",
                    month.atDay(4).atTime(7, 30).atZone(InMemoryHost.BERLIN).toInstant(), 40 * 60L,
                    host.clock.instant()));
        }
    }

    /** A month of support for the offer's example customer, then a close and late changes. */
    private static void play(Host host) {
        host.configure.configure(InMemoryHost.ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").build());
        Random random = new Random(20260301L);
        long worklogId = 1;
        for (int day = 2; day <= 27; day++) {
            host.clock.set(InMemoryHost.berlin(String.format("2026-03-%02dT18:00", day)));
            for (int n = 0; n < 3; n++) {
                long issueId = 500 + random.nextInt(12);
                host.levels.set(issueId, SupportLevel.values()[(int) (issueId % 3)]);
                host.issues.put(issueId, "SUP-" + issueId, "Ticket <" + issueId + ">");
                if (day == 12 && n == 0) {
                    host.levels.set(issueId, SupportLevel.L3);
                }
                long seconds = 60L + random.nextInt(90 * 60);
                host.record.record(WorklogChange.created(worklogId, issueId, PROJECT, "agent",
                        InMemoryHost.berlin(String.format("2026-03-%02dT%02d:%02d", day, 9 + n * 2, random.nextInt(60))),
                        seconds, host.clock.instant()));
                worklogId++;
            }
            if (day == 10) {
                // work on 507 starting after this is change-request work, billed outside the contingent
                ChangeRequestFixture.approve(host.ledger, PROJECT, 507, "Export", 600, SupportLevel.L3, "Dana");
            }
            if (day == 16) {
                host.decisions.addTopUp(InMemoryHost.ADMIN, PROJECT, MARCH, SupportLevel.L1, 120, "Release week");
            }
            if (day == 24) {
                host.decisions.suspend(InMemoryHost.ADMIN, PROJECT, SupportLevel.L3, "Customer decision");
            }
        }
        host.clock.set(InMemoryHost.berlin("2026-04-02T09:00"));
        host.close.close(InMemoryHost.ADMIN, PROJECT, MARCH);
        host.record.record(WorklogChange.created(9_001, 505, PROJECT, "agent",
                InMemoryHost.berlin("2026-03-30T10:00"), 47 * 60, host.clock.instant()));
        host.record.record(WorklogChange.created(9_003, 507, PROJECT, "agent",
                InMemoryHost.berlin("2026-03-29T10:00"), 33 * 60, host.clock.instant()));
        host.record.record(WorklogChange.deleted(3));
        host.record.record(WorklogChange.created(9_002, 506, PROJECT, "agent",
                InMemoryHost.berlin("2026-04-01T10:00"), 301, host.clock.instant()));
    }
}

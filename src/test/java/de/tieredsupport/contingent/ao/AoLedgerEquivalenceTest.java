package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ContractStatus;
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
            decisions = new CustomerDecisions(ledger, policy, audit);
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
            Map<SupportLevel, Long> available = new EnumMap<>(SupportLevel.class);
            for (SupportLevel level : SupportLevel.values()) {
                available.put(level, stored.level(level).availableMinutes());
            }
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

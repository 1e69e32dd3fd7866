package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.Terms;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import de.tieredsupport.contingent.ao.entity.BookingEntity;
import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.ao.entity.MonthCloseEntity;
import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ClosedLevels;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthClose;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.OveragePolicy;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.TestData;
import de.tieredsupport.contingent.domain.LevelMinutes;
import de.tieredsupport.contingent.domain.LevelTotals;
import de.tieredsupport.contingent.domain.MonthTotals;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Suspension;
import de.tieredsupport.contingent.domain.TicketTotal;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.H2StatementCounter;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;

import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The AO stores against real Active Objects on H2 and PostgreSQL: every query they issue runs here. */
@RunWith(Parameterized.class)
public class AoStoresTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private final AoTestDatabase.Kind kind;

    public AoStoresTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }


    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final Instant NOV_10 = Instant.parse("2026-11-10T09:00:00Z");

    private AoTestDatabase database;
    private TestActiveObjects ao;

    @Before
    public void migrate() {
        database = AoTestDatabase.fresh(kind, "ao_stores");
        ao = new TestActiveObjects(database.entityManager());
        ao.migrate(Entities.all());
    }

    @After
    public void close() {
        // null when @Before failed to open it: JUnit runs @After anyway, and an exception here would hide that failure
        if (database != null) {
            database.close();
        }
    }

    private static Booking booking(long worklogId, long projectId, YearMonth month, long billedSeconds) {
        return new Booking(worklogId, 100 + worklogId, projectId, "agent", NOV_10.plusSeconds(worklogId),
                billedSeconds - 60, billedSeconds, SupportLevel.L2, month, Booking.State.ACTIVE, false, NOV_10);
    }

    @Test
    public void changeRequestsKeepEveryRoundAndChangeInPlace() {
        AoChangeRequestStore store = new AoChangeRequestStore(ao);
        long project = 9;
        ChangeRequest.Estimate first = ChangeRequest.Estimate.of("Neues Exportformat \u00e4\u00f6\u00fc, 2 Seiten",
                Minutes.of(240), SupportLevel.L3, RoundingPolicy.DEFAULT);
        ChangeRequest cr = ChangeRequest.none(project, 70).prepare(first, "agent", NOV_10);
        store.save(cr);
        assertEquals(cr, store.find(project, 70));
        cr = cr.submit("agent", NOV_10.plusSeconds(60)).decide(true, "Erika M\u00fcller", true,
                NOV_10.plusSeconds(3600), "Bitte bis Freitag");
        store.save(cr);
        cr = cr.estimateReached(NOV_10.plusSeconds(7200)).prepare(ChangeRequest.Estimate.of("More", Minutes.of(360),
                SupportLevel.L2, RoundingPolicy.DEFAULT), "agent", NOV_10.plusSeconds(9000));
        store.save(cr);
        assertEquals(cr, store.find(project, 70));
        assertEquals(2, store.find(project, 70).rounds().size());
        assertEquals("another project's ticket of that id has none", List.of(),
                store.find(project + 1, 70).rounds());

        ChangeRequest other = ChangeRequest.none(project, 71).prepare(first, "agent", NOV_10);
        store.save(other);
        List<Long> many = new ArrayList<>();
        for (long id = 1; id <= 1_200; id++) {
            many.add(id);
        }
        assertEquals(List.of(cr, other), store.findAll(project, many).stream()
                .sorted(java.util.Comparator.comparingLong(ChangeRequest::issueId)).toList());
        assertEquals(2, store.findByProject(project).size());
    }

    @Test
    public void bookingIsCreatedFoundAndUpdatedByWorklogId() {
        AoBookingStore store = new AoBookingStore(ao);
        Booking created = booking(7, 10, NOV, 300);
        store.save(created);
        assertEquals(created, store.find(7).orElseThrow());

        Booking changed = created.withLevel(SupportLevel.L3).asDeleted();
        store.save(changed);

        assertEquals(changed, store.find(7).orElseThrow());
        assertEquals("an update never adds a row", 1, ao.count(BookingEntity.class));
        assertTrue(store.find(8).isEmpty());
    }

    @Test
    public void contractRoundTripsWithEveryVersionOfTerms() {
        AoContractStore store = new AoContractStore(ao);
        Contract seed = TestData.seedContract(YearMonth.of(2026, 1));
        Contract changed = seed.withTerms(TestData.seedTerms(YearMonth.of(2026, 6))
                .level(SupportLevel.L2, 900, "82.50")
                .rounding(new RoundingPolicy(15, RoundingPolicy.Mode.NEAREST))
                .thresholds(50, 90, 100)
                .carryOverUpTo(60, 120, 0)
                .overage(OveragePolicy.BILLED_AT_RATE)
                .defaultLevel(SupportLevel.L2)
                .build());
        store.save(seed);
        store.save(changed);

        assertEquals(changed, store.find(seed.projectId()).orElseThrow());
        assertEquals(1, store.findAll().size());
        assertTrue(store.find(seed.projectId() + 1).isEmpty());
    }

    @Test
    public void serviceHoursAndHolidayCalendarRoundTripPerVersion() {
        AoContractStore store = new AoContractStore(ao);
        java.util.Map<java.time.DayOfWeek, ServiceHours.Range> days = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        days.put(java.time.DayOfWeek.MONDAY, new ServiceHours.Range(java.time.LocalTime.of(7, 30),
                java.time.LocalTime.of(19, 45)));
        days.put(java.time.DayOfWeek.SATURDAY, new ServiceHours.Range(java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0)));
        Contract contract = TestData.seedContract(YearMonth.of(2026, 1))
                .withTerms(TestData.seedTerms(YearMonth.of(2026, 6)).serviceHours(new ServiceHours(days))
                        .holidays("DE", "NW").build())
                .withTerms(TestData.seedTerms(YearMonth.of(2026, 9)).holidays("AT", null).build());
        store.save(contract);

        Contract read = store.find(contract.projectId()).orElseThrow();
        assertEquals(contract, read);
        Terms june = read.termsFor(YearMonth.of(2026, 6)).orElseThrow();
        assertEquals(new ServiceHours(days), june.serviceHours());
        assertEquals(java.util.Optional.of(new HolidayCalendar("DE", "NW")), june.holidays());
        assertEquals(ServiceHours.DEFAULT, read.termsFor(YearMonth.of(2026, 1)).orElseThrow().serviceHours());
        assertEquals(java.util.Optional.empty(), read.termsFor(YearMonth.of(2026, 1)).orElseThrow().holidays());
        assertEquals(java.util.Optional.of(new HolidayCalendar("AT", null)),
                read.termsFor(YearMonth.of(2026, 9)).orElseThrow().holidays());
    }

    @Test
    public void termsStoredBeforeServiceHoursReadAsWeekdaysTenToFourWithoutHolidays() throws Exception {
        AoContractStore store = new AoContractStore(ao);
        Contract contract = TestData.contract(TestData.seedTerms(YearMonth.of(2026, 1)).holidays("DE", "NW").build());
        store.save(contract);
        // the table as it was before: without the two columns; migrating adds them back, nullable and empty
        String table = "\"" + database.tablePrefix() + "CONTRACT_TERMS\"";
        try (java.sql.Connection connection = database.entityManager().getProvider().getConnection();
             java.sql.Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE " + table + " DROP COLUMN \"SERVICE_HOURS\"");
            sql.execute("ALTER TABLE " + table + " DROP COLUMN \"HOLIDAY_CALENDAR\"");
        }
        ao.migrate(Entities.all());

        Terms read = store.find(contract.projectId()).orElseThrow().versions().get(0);
        assertEquals(ServiceHours.DEFAULT, read.serviceHours());
        assertEquals(java.util.Optional.empty(), read.holidays());
        assertEquals(contract.versions().get(0).recipients(), read.recipients());
    }

    @Test
    public void monthQueryReturnsExactlyThatProjectsMonth() {
        AoBookingStore store = new AoBookingStore(ao);
        store.save(booking(1, 10, NOV, 300));
        store.save(booking(2, 10, NOV, 600));
        store.save(booking(3, 10, DEC, 900));
        store.save(booking(4, 11, NOV, 1200));

        List<Booking> month = store.findByMonth(10, NOV);

        assertEquals(List.of(1L, 2L), month.stream().map(Booking::worklogId).sorted().toList());
        assertEquals(booking(2, 10, NOV, 600), month.stream().filter(b -> b.worklogId() == 2).findFirst().orElseThrow());
    }

    @Test
    public void totalsAreStoredPerLevelAndUpdatedInPlace() {
        AoTotalsStore store = new AoTotalsStore(ao);
        MonthTotals first = new MonthTotals(10, NOV, Map.of(SupportLevel.L1, new LevelTotals(Minutes.of(25), Minutes.of(0), Minutes.of(480))));
        store.save(first);
        MonthTotals second = new MonthTotals(10, NOV, Map.of(
                SupportLevel.L1, new LevelTotals(Minutes.of(30), Minutes.of(5), Minutes.of(480)), SupportLevel.L3, new LevelTotals(Minutes.of(60), Minutes.of(0), Minutes.of(720))));
        store.save(second);
        store.save(new MonthTotals(10, DEC, Map.of(SupportLevel.L2, new LevelTotals(Minutes.of(5), Minutes.of(0), Minutes.of(720)))));
        store.save(new MonthTotals(11, NOV, Map.of(SupportLevel.L2, new LevelTotals(Minutes.of(15), Minutes.of(0), Minutes.of(60)))));

        assertEquals(second, store.find(10, NOV).orElseThrow());
        assertTrue(store.find(12, NOV).isEmpty());
        assertEquals(List.of(NOV, DEC), store.findRange(10, NOV, DEC).stream().map(MonthTotals::month).toList());
        assertEquals(List.of(10L, 11L), store.findMonth(NOV).stream().map(MonthTotals::projectId).toList());
        assertEquals("three rows per project-month", 9,
                ao.count(de.tieredsupport.contingent.ao.entity.LevelTotalEntity.class));
    }

    @Test
    public void theMonthsDecisionsAreKeptWithItsTotalsAndUpdatedWithoutAnotherRead() {
        AoTotalsStore store = new AoTotalsStore(ao);
        MonthTotals empty = MonthTotals.empty(10, NOV);
        assertTrue("a month without rows knows nothing", store.findForUpdate(10, NOV).decisions().isEmpty());
        store.save(new MonthTotals(10, NOV, Map.of(SupportLevel.L1, new LevelTotals(Minutes.of(25), Minutes.of(0), Minutes.of(480)))));
        assertTrue("rows written without decisions leave them unknown",
                store.findForUpdate(10, NOV).decisions().isEmpty());

        de.tieredsupport.contingent.service.port.TotalsStore.Decisions decided =
                new de.tieredsupport.contingent.service.port.TotalsStore.Decisions(LevelMinutes.of(0, 60, 0), 2);
        store.save(empty, decided);
        de.tieredsupport.contingent.service.port.TotalsStore.Rows rows = store.findForUpdate(10, NOV);
        assertEquals(Optional.of(decided), rows.decisions());
        assertEquals(empty, rows.totals());

        MonthTotals booked = new MonthTotals(10, NOV, Map.of(SupportLevel.L3, new LevelTotals(Minutes.of(30), Minutes.of(0), Minutes.of(720))));
        de.tieredsupport.contingent.testsupport.ao.H2StatementCounter counter =
                new de.tieredsupport.contingent.testsupport.ao.H2StatementCounter(database);
        if (kind == AoTestDatabase.Kind.H2) {
            List<String> statements = counter.statementsOf(() -> store.update(rows, booked, List.of()));
            assertEquals("one update of the changed row: " + statements, 1, statements.size());
        } else {
            store.update(rows, booked, List.of());
        }
        assertEquals(booked, store.find(10, NOV).orElseThrow());
        assertEquals("an update without decisions keeps them", Optional.of(decided),
                store.findForUpdate(10, NOV).decisions());

        de.tieredsupport.contingent.service.port.TotalsStore.Decisions none =
                new de.tieredsupport.contingent.service.port.TotalsStore.Decisions(LevelMinutes.ZERO, 0);
        assertTrue("not known before it is learnt", store.findForUpdate(10, NOV).changeRequests().isEmpty());
        store.update(store.findForUpdate(10, NOV), booked, List.of(), none, false);
        assertEquals(Optional.of(none), store.findForUpdate(10, NOV).decisions());
        assertEquals(Optional.of(false), store.findForUpdate(10, NOV).changeRequests());
        store.markChangeRequests(10, NOV);
        store.markChangeRequests(10, DEC); // no rows: nothing to keep
        assertEquals(Optional.of(true), store.findForUpdate(10, NOV).changeRequests());
        assertTrue(store.findForUpdate(10, DEC).changeRequests().isEmpty());
        store.update(store.findForUpdate(10, NOV), booked, List.of(), null, null);
        assertEquals("null leaves it", Optional.of(true), store.findForUpdate(10, NOV).changeRequests());
        try {
            store.update(store.findForUpdate(10, DEC), booked, List.of());
            fail("rows of another month");
        } catch (IllegalArgumentException expected) {
            // ok
        }
    }

    @Test
    public void ticketTotalsAddChangesDropEmptyRowsAndAreReplacedPerMonth() {
        AoTotalsStore store = new AoTotalsStore(ao);
        store.applyTicketChanges(10, NOV, List.of(
                new TicketTotal.Change(10, NOV, 101, SupportLevel.L1, Minutes.of(30), Minutes.of(0)),
                new TicketTotal.Change(10, NOV, 102, SupportLevel.L1, Minutes.of(0), Minutes.of(15))));
        store.applyTicketChanges(10, NOV, List.of(new TicketTotal.Change(10, NOV, 101, SupportLevel.L1, Minutes.of(15), Minutes.of(5))));
        store.applyTicketChanges(10, DEC, List.of(new TicketTotal.Change(10, DEC, 101, SupportLevel.L1, Minutes.of(60), Minutes.of(0))));
        assertEquals(java.util.Set.of(new TicketTotal(101, SupportLevel.L1, Minutes.of(45), Minutes.of(5)),
                new TicketTotal(102, SupportLevel.L1, Minutes.of(0), Minutes.of(15))), new java.util.HashSet<>(store.findTickets(10, NOV)));

        store.applyTicketChanges(10, NOV, List.of(new TicketTotal.Change(10, NOV, 102, SupportLevel.L1, Minutes.of(0), Minutes.of(-15))));
        assertEquals(List.of(new TicketTotal(101, SupportLevel.L1, Minutes.of(45), Minutes.of(5))), store.findTickets(10, NOV));
        assertEquals("the emptied row is gone", 2,
                ao.count(de.tieredsupport.contingent.ao.entity.TicketTotalEntity.class));

        store.replaceTickets(10, NOV, List.of(new TicketTotal(103, SupportLevel.L3, Minutes.of(5), Minutes.of(0))));
        assertEquals(List.of(new TicketTotal(103, SupportLevel.L3, Minutes.of(5), Minutes.of(0))), store.findTickets(10, NOV));
        assertEquals(List.of(new TicketTotal(101, SupportLevel.L1, Minutes.of(60), Minutes.of(0))), store.findTickets(10, DEC));
    }

    /**
     * A level's consuming bookings come in consumption order (start, then worklog id), across page ends (pages of 1,
     * 2, 3, 3 and 3 rows), without deleted, suspended, other levels, months or projects; equal starts are ordered by
     * worklog id.
     */
    @Test
    public void consumingBookingsComeInOrderAcrossPages() {
        AoBookingStore store = new AoBookingStore(ao, 1, 3);
        List<Long> expected = new ArrayList<>();
        for (long worklog = 1; worklog <= 10; worklog++) {
            // starts repeat in pairs, and worklog ids run against the starts
            Instant start = NOV_10.plusSeconds(3600 * ((10 - worklog) / 2));
            store.save(new Booking(worklog, 100 + worklog % 3, 10, "agent", start, 240, 300, SupportLevel.L1, NOV,
                    Booking.State.ACTIVE, false, NOV_10));
        }
        for (long worklog : new long[] {9, 10, 7, 8, 5, 6, 3, 4, 1, 2}) {
            expected.add(worklog);
        }
        store.save(new Booking(20, 100, 10, "agent", NOV_10, 240, 300, SupportLevel.L1, NOV, Booking.State.DELETED,
                false, NOV_10));
        store.save(new Booking(21, 100, 10, "agent", NOV_10, 240, 300, SupportLevel.L1, NOV, Booking.State.ACTIVE,
                true, NOV_10));
        store.save(new Booking(22, 100, 10, "agent", NOV_10, 240, 300, SupportLevel.L2, NOV, Booking.State.ACTIVE,
                false, NOV_10));
        store.save(new Booking(23, 100, 10, "agent", NOV_10, 240, 300, SupportLevel.L1, DEC, Booking.State.ACTIVE,
                false, NOV_10));
        store.save(new Booking(24, 100, 11, "agent", NOV_10, 240, 300, SupportLevel.L1, NOV, Booking.State.ACTIVE,
                false, NOV_10));

        List<Long> read = new ArrayList<>();
        store.consumingInOrder(10, NOV, SupportLevel.L1).forEachRemaining(b -> read.add(b.worklogId()));
        assertEquals(expected, read);
        assertFalse(store.consumingInOrder(10, NOV, SupportLevel.L3).hasNext());
        java.util.Iterator<Booking> first = store.consumingInOrder(10, NOV, SupportLevel.L1);
        assertEquals(9L, first.next().worklogId());
        assertEquals(10L, first.next().worklogId());
    }

    /**
     * The consuming bookings are read in pages that start small and double up to the largest page: a report stops
     * where the contingent runs out, usually after a few bookings, and must not read hundreds of rows to get there.
     */
    @Test
    public void consumingBookingsAreReadInGrowingPages() {
        for (long worklog = 1; worklog <= 200; worklog++) {
            new AoBookingStore(ao).save(booking(worklog, 10, NOV, 1800));
        }
        List<Integer> limits = new ArrayList<>();
        com.atlassian.activeobjects.external.ActiveObjects counting = (com.atlassian.activeobjects.external.ActiveObjects)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {com.atlassian.activeobjects.external.ActiveObjects.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("stream")) {
                                limits.add(((net.java.ao.Query) args[1]).getLimit());
                            }
                            try {
                                return method.invoke(ao, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });

        java.util.Iterator<Booking> firstFew = new AoBookingStore(counting).consumingInOrder(10, NOV,
                SupportLevel.L2);
        for (int i = 0; i < 16; i++) {
            assertEquals(i + 1L, firstFew.next().worklogId());
        }
        assertEquals("16 bookings of half an hour use up 8 hours: one small page", List.of(32), limits);

        limits.clear();
        List<Long> all = new ArrayList<>();
        new AoBookingStore(counting, 2, 50).consumingInOrder(10, NOV, SupportLevel.L2)
                .forEachRemaining(b -> all.add(b.worklogId()));
        assertEquals(200, all.size());
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList(), all);
        assertEquals("pages double up to the largest; the last one is short", List.of(2, 4, 8, 16, 32, 50, 50, 50),
                limits);
    }

    @Test
    public void theReconciliationCursorKeepsOneRow() {
        AoReconciliationCursor cursor = new AoReconciliationCursor(ao);
        assertEquals(ReconciliationCursor.State.EMPTY, cursor.read());
        ReconciliationCursor.Position updated = new ReconciliationCursor.Position(
                java.time.Instant.parse("2026-03-09T10:00:00.123Z"), 10_456);
        cursor.write(new ReconciliationCursor.State(updated, null, 77L));
        ReconciliationCursor.State state = new ReconciliationCursor.State(updated,
                ReconciliationCursor.Position.before(java.time.Instant.parse("2026-03-09T11:00:00Z")), null);
        cursor.write(state);
        assertEquals(state, new AoReconciliationCursor(ao).read());
        cursor.write(ReconciliationCursor.State.EMPTY);
        assertEquals(ReconciliationCursor.State.EMPTY, cursor.read());
        assertEquals(1, ao.count(de.tieredsupport.contingent.ao.entity.ReconciliationCursorEntity.class));
    }

    @Test
    public void anAlertIsRecordedOncePerKey() {
        AoAlertStore store = new AoAlertStore(ao);
        Alert alert = new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(390), NOV_10);

        assertTrue(store.recordIfAbsent(alert));
        assertFalse("same key again", store.recordIfAbsent(new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(400), NOV_10)));
        assertTrue("a top-up changed the available minutes: re-armed",
                store.recordIfAbsent(new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(600), Minutes.of(490), NOV_10)));

        assertEquals(List.of(alert, new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(600), Minutes.of(490), NOV_10)),
                store.findByMonth(10, NOV));
        assertEquals(List.of(), store.findByMonth(10, DEC));
        Alert otherProject = new Alert(11, NOV, SupportLevel.L2, 100, Minutes.of(720), Minutes.of(725), NOV_10);
        store.recordIfAbsent(otherProject);
        store.recordIfAbsent(new Alert(11, DEC, SupportLevel.L2, 80, Minutes.of(720), Minutes.of(600), NOV_10));
        assertEquals("every project's alerts of the month", List.of(alert,
                new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(600), Minutes.of(490), NOV_10), otherProject), store.findMonth(NOV));
    }

    @Test
    public void anAlertKeepsTheWorklogThatCrossedAndOneWithoutReadsBackWithout() {
        AoAlertStore store = new AoAlertStore(ao);
        Alert crossed = new Alert(10, NOV, SupportLevel.L1, 100, Minutes.of(480), Minutes.of(490), NOV_10,
                new Alert.Crossing(1_234_567_890_123L, NOV_10.minusSeconds(3600), NOV_10.minusSeconds(60)));
        Alert without = new Alert(10, NOV, SupportLevel.L1, 80, Minutes.of(480), Minutes.of(390), NOV_10);
        assertTrue(store.recordIfAbsent(without));
        assertTrue(store.recordIfAbsent(crossed));
        assertEquals(List.of(without, crossed), store.findByMonth(10, NOV));
    }

    @Test
    public void topUpsAreReadByMonthAndRange() {
        AoTopUpStore store = new AoTopUpStore(ao);
        TopUp nov = new TopUp(10, NOV, SupportLevel.L1, Minutes.of(120), "manager", "Release week", NOV_10);
        TopUp dec = new TopUp(10, DEC, SupportLevel.L2, Minutes.of(60), "manager", "", NOV_10);
        store.add(nov);
        store.add(dec);
        store.add(new TopUp(11, NOV, SupportLevel.L1, Minutes.of(30), "manager", "other customer", NOV_10));

        assertEquals(List.of(nov), store.findByMonth(10, NOV));
        assertEquals(List.of(nov, dec), store.findRange(10, NOV, DEC));
        assertEquals(List.of(nov, new TopUp(11, NOV, SupportLevel.L1, Minutes.of(30), "manager", "other customer", NOV_10)),
                store.findMonth(NOV));
    }

    @Test
    public void suspensionIsSavedAndResumedInPlace() {
        AoSuspensionStore store = new AoSuspensionStore(ao);
        Suspension allLevels = new Suspension(10, NOV, 1, null, NOV_10, Instant.parse("2026-11-30T23:00:00Z"),
                "manager", "Budget exhausted", null);
        Suspension l3 = new Suspension(10, NOV, 2, SupportLevel.L3, NOV_10, Instant.parse("2026-11-30T23:00:00Z"),
                "manager", "", null);
        store.save(allLevels);
        store.save(l3);
        Suspension resumed = allLevels.resumedAt(NOV_10.plusSeconds(3600), "admin");
        store.save(resumed);

        assertEquals(List.of(resumed, l3), store.findByMonth(10, NOV));
        Suspension otherProject = new Suspension(9, NOV, 1, SupportLevel.L1, NOV_10,
                Instant.parse("2026-11-30T23:00:00Z"), "manager", "", null);
        store.save(otherProject);
        store.save(new Suspension(9, DEC, 1, null, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-31T23:00:00Z"), "manager", "", null));
        assertEquals("by project, then number", List.of(otherProject, resumed, l3), store.findMonth(NOV));
    }

    @Test
    public void everyReadFetchesItsRowsWithAllColumnsInOneStatement() {
        Assume.assumeTrue("statements are counted with H2's query statistics", kind == AoTestDatabase.Kind.H2);
        // AO's entity proxies could read columns lazily, one statement per row and column: the stores must not
        H2StatementCounter counter = new H2StatementCounter(database);
        AoContractStore contracts = new AoContractStore(ao);
        Contract seed = TestData.seedContract(YearMonth.of(2026, 1));
        Contract changed = seed.withTerms(TestData.seedTerms(YearMonth.of(2026, 6)).thresholds(50, 100).build());
        contracts.save(changed);
        AoTotalsStore totals = new AoTotalsStore(ao);
        MonthTotals nov = new MonthTotals(10, NOV, Map.of(SupportLevel.L1, new LevelTotals(Minutes.of(30), Minutes.of(5), Minutes.of(480))));
        totals.save(nov);
        AoBookingStore bookings = new AoBookingStore(ao);
        bookings.save(booking(1, 10, NOV, 300));

        assertEquals(1, counter.statementsOf(() -> assertEquals(changed,
                contracts.find(seed.projectId()).orElseThrow())).size());
        assertEquals(1, counter.statementsOf(() -> assertEquals(List.of(changed), contracts.findAll())).size());
        assertEquals(1, counter.statementsOf(() -> assertEquals(nov, totals.find(10, NOV).orElseThrow())).size());
        assertEquals(1, counter.statementsOf(() -> assertEquals(List.of(nov), totals.findMonth(NOV))).size());
        assertEquals(1, counter.statementsOf(() -> assertEquals(booking(1, 10, NOV, 300),
                bookings.find(1).orElseThrow())).size());
    }

    @Test
    public void aClosedMonthsLevelsAreReadWithoutItsSnapshotAndOldRowsFromIt() {
        AoMonthCloseStore store = new AoMonthCloseStore(ao);
        Contract contract = TestData.seedContract(NOV);
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bookings.add(TestData.booking(100 + i).project(TestData.PROJECT).issue(1 + i % 7)
                    .at("2026-11-" + (10 + i % 15) + "T10:00").minutes(30).level(SupportLevel.L1).build());
        }
        MonthResult result = MonthCalculator.compute(contract, NOV, bookings, List.of(),
                LevelMinutes.of(25, 0, 0));
        MonthClose close = new MonthClose(TestData.PROJECT, NOV, result, List.of(), "admin", NOV_10);
        assertTrue(store.saveIfAbsent(close));
        ClosedLevels expected = ClosedLevels.of(close);
        assertEquals(Minutes.of(25), expected.level(SupportLevel.L1).carryInMinutes());
        assertEquals(Minutes.of(505), expected.level(SupportLevel.L1).availableMinutes());

        assertTrue(store.isClosed(TestData.PROJECT, NOV));
        assertFalse(store.isClosed(TestData.PROJECT, DEC));
        assertEquals(Optional.of(expected), store.findLevels(TestData.PROJECT, NOV));
        assertEquals(Optional.of(expected), store.findLatestLevels(TestData.PROJECT));
        assertEquals(List.of(expected), store.findMonthLevels(NOV));
        assertEquals(Optional.empty(), store.findLevels(TestData.PROJECT, DEC));
        if (kind == AoTestDatabase.Kind.H2) {
            // status and recording read closes often: the frozen result stays in the database
            de.tieredsupport.contingent.testsupport.ao.H2StatementCounter counter =
                    new de.tieredsupport.contingent.testsupport.ao.H2StatementCounter(database);
            List<String> statements = counter.statementsOf(() -> {
                store.findLevels(TestData.PROJECT, NOV);
                store.findLatestLevels(TestData.PROJECT);
                store.findMonthLevels(NOV);
            });
            // one query each (on H2, each stream also runs a CALL DATABASE() for the catalog)
            assertEquals(statements.toString(), 3,
                    statements.stream().filter(sql -> sql.contains("MONTH_CLOSE")).count());
            assertTrue(statements.toString(), statements.stream().noneMatch(sql -> sql.contains("SNAPSHOT")));
        }

        // a row stored before the levels column existed still answers, from its snapshot
        MonthCloseEntity row = ao.find(MonthCloseEntity.class)[0];
        row.setClosedLevels(null);
        row.save();
        assertEquals(Optional.of(expected), store.findLevels(TestData.PROJECT, NOV));
        assertEquals(List.of(expected), store.findMonthLevels(NOV));
    }

    @Test
    public void auditEntriesComeBackNewestFirst() {
        AoAuditLog log = new AoAuditLog(ao);
        AuditEntry first = new AuditEntry(10, NOV_10, "admin", AuditEntry.Action.CONFIGURE_TERMS, "L1 8h at 70.00");
        AuditEntry second = new AuditEntry(10, NOV_10.plusSeconds(60), "manager", AuditEntry.Action.ADD_TOP_UP, "+2h L1");
        log.record(first);
        log.record(second);
        log.record(new AuditEntry(11, NOV_10, "admin", AuditEntry.Action.CONFIGURE_TERMS, "other"));

        assertEquals(List.of(second, first), log.latest(10, 10));
        assertEquals(List.of(second), log.latest(10, 1));
    }

    @Test
    public void aFailingTransactionLeavesNothingBehind() {
        AoBookingStore store = new AoBookingStore(ao);
        AoTransactions transactions = new AoTransactions(ao);
        try {
            transactions.inTransaction(() -> {
                store.save(booking(1, 10, NOV, 300));
                throw new IllegalStateException("boom after the write");
            });
            fail("the exception must surface");
        } catch (IllegalStateException expected) {
            assertEquals(0, ao.count(BookingEntity.class));
        }
    }

    @Test
    public void concurrentTotalUpdatesUnderALockLoseNothing() throws Exception {
        AoTotalsStore totals = new AoTotalsStore(ao);
        AoTransactions transactions = new AoTransactions(ao);
        ReentrantLock projectMonthLock = new ReentrantLock();
        int threads = 4;
        int updatesPerThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < updatesPerThread; i++) {
                    projectMonthLock.lock();
                    try {
                        transactions.inTransaction(() -> {
                            MonthTotals current = totals.find(10, NOV).orElse(MonthTotals.empty(10, NOV));
                            LevelTotals l1 = current.level(SupportLevel.L1);
                            totals.save(new MonthTotals(10, NOV, Map.of(SupportLevel.L1,
                                    new LevelTotals(l1.usedMinutes().plus(5), Minutes.of(0), Minutes.of(480)))));
                            return null;
                        });
                    } finally {
                        projectMonthLock.unlock();
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(Minutes.of(threads * updatesPerThread * 5L),
                totals.find(10, NOV).orElseThrow().level(SupportLevel.L1).usedMinutes());
    }
}

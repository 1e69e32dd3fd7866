package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.ao.entity.Entities;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.CloseMonth;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.ConflictException;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.CustomerDecisions;
import de.tieredsupport.contingent.service.RecordWorklogChange;
import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.service.inmemory.InMemoryAuditLog;
import de.tieredsupport.contingent.service.inmemory.InMemoryClusterLock;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.service.inmemory.InMemoryIssueLevelLookup;
import de.tieredsupport.contingent.service.inmemory.InMemoryUserRights;
import de.tieredsupport.contingent.service.inmemory.MutableClock;
import de.tieredsupport.contingent.service.inmemory.RecordingAlertSender;
import de.tieredsupport.contingent.service.inmemory.RecordingChangeRequestNotifier;
import de.tieredsupport.contingent.service.port.ContractStore;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.ao.TestActiveObjects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Two writes that touch the same contract month, at the same time, through the use cases on the real AO stores (H2
 * and PostgreSQL): close × terms, close × top-up, close × suspension, close × late worklog, terms × worklog,
 * terms × top-up, decision × decision. Each pair runs in both serial orders on fresh databases, then twice
 * concurrently, each time with one write paused right after it read the contract until the other one finished (or
 * could not, because it waits for a lock): the stored state (every row of every plugin table, and which write was
 * refused) must equal one of the serial orders.
 */
@RunWith(Parameterized.class)
public class AoCrossUseCaseConcurrencyTest {

    private static final long PROJECT = 10_000L;
    private static final String ADMIN = "admin";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    /** One write, given the wired use cases; returns its outcome in words. */
    private record Write(String name, Function<UseCases, String> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Write CLOSE_MARCH = new Write("close March",
            u -> u.close.close(ADMIN, PROJECT, MARCH).month().toString());
    private static final Write TERMS_MARCH = new Write("terms from March",
            u -> u.configure.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").level("L1", 600L, "75")
                    .incrementMinutes(15).build()).projectId() + "");
    private static final Write TERMS_APRIL = new Write("terms from April",
            u -> u.configure.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-04").level("L1", 300L, "75")
                    .incrementMinutes(15).build()).projectId() + "");
    private static final Write TOP_UP_MARCH = new Write("top-up March",
            u -> u.decisions.addTopUp(ADMIN, PROJECT, MARCH, SupportLevel.L1, 60, "more").minutes().toLong() + "");
    private static final Write TOP_UP_MARCH_AGAIN = new Write("another top-up March",
            u -> u.decisions.addTopUp(ADMIN, PROJECT, MARCH, SupportLevel.L1, 30, "even more").minutes().toLong() + "");
    private static final Write TOP_UP_APRIL = new Write("top-up April",
            u -> u.decisions.addTopUp(ADMIN, PROJECT, APRIL, SupportLevel.L1, 60, "more").minutes().toLong() + "");
    private static final Write SUSPEND_L1 = new Write("suspend L1",
            u -> u.decisions.suspend(ADMIN, PROJECT, SupportLevel.L1, "budget").number() + "");
    private static final Write LATE_WORKLOG_MARCH = new Write("late worklog in March",
            u -> u.record.record(WorklogChange.created(900, 1, PROJECT, "agent",
                    InMemoryHost.berlin("2026-03-30T10:00"), 7 * 60, InMemoryHost.berlin("2026-04-02T08:00")))
                    .billedSeconds() + "");
    private static final Write WORKLOG_APRIL = new Write("worklog in April",
            u -> u.record.record(WorklogChange.created(901, 1, PROJECT, "agent",
                    InMemoryHost.berlin("2026-04-01T10:00"), 7 * 60, InMemoryHost.berlin("2026-04-02T08:00")))
                    .billedSeconds() + "");

    @Parameterized.Parameters(name = "{0}: {1} x {2}")
    public static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (AoTestDatabase.Kind kind : AoTestDatabase.Kind.values()) {
            for (Write[] pair : new Write[][] {
                {CLOSE_MARCH, TERMS_MARCH}, {CLOSE_MARCH, TOP_UP_MARCH}, {CLOSE_MARCH, SUSPEND_L1},
                {CLOSE_MARCH, LATE_WORKLOG_MARCH}, {TERMS_APRIL, WORKLOG_APRIL}, {TERMS_APRIL, TOP_UP_APRIL},
                {TOP_UP_MARCH, TOP_UP_MARCH_AGAIN}, {TOP_UP_APRIL, SUSPEND_L1}}) {
                cases.add(new Object[] {kind, pair[0], pair[1]});
            }
        }
        return cases;
    }

    private final AoTestDatabase.Kind kind;
    private final Write first;
    private final Write second;

    public AoCrossUseCaseConcurrencyTest(AoTestDatabase.Kind kind, Write first, Write second) {
        this.kind = kind;
        this.first = first;
        this.second = second;
    }

    @Test
    public void concurrentWritesStoreWhatOneSerialOrderStores() throws Exception {
        String firstThenSecond = run(List.of(first, second), null);
        String secondThenFirst = run(List.of(second, first), null);
        for (Write paused : List.of(first, second)) {
            Write other = paused == first ? second : first;
            String concurrent = run(List.of(paused, other), paused);
            assertTrue(paused + " paused after reading the contract while " + other + " ran:\n" + concurrent
                    + "\nis neither serial order:\n" + firstThenSecond + "\nnor\n" + secondThenFirst,
                    concurrent.equals(firstThenSecond) || concurrent.equals(secondThenFirst));
        }
    }

    /** The use cases over one database. */
    private static final class UseCases {
        ConfigureContract configure;
        CloseMonth close;
        CustomerDecisions decisions;
        RecordWorklogChange record;
        PausingContractStore contracts;
    }

    /**
     * Runs the writes on a fresh database after the common history: serially, or ({@code paused} not null) the
     * first paused after its first read of the contract while the second runs on another thread.
     */
    private String run(List<Write> writes, Write paused) throws Exception {
        try (AoTestDatabase database = AoTestDatabase.fresh(kind, "cross_use_case")) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ao.migrate(Entities.all());
            MutableClock clock = new MutableClock(InMemoryHost.berlin("2026-03-10T12:00"), InMemoryHost.BERLIN);
            UseCases u = new UseCases();
            u.contracts = new PausingContractStore(new AoContractStore(ao));
            ContingentLedger ledger = new ContingentLedger(u.contracts, new AoBookingStore(ao), new AoTotalsStore(ao),
                    new AoTopUpStore(ao), new AoSuspensionStore(ao), new AoAlertStore(ao), new AoMonthCloseStore(ao),
                    new AoChangeRequestStore(ao), new InMemoryClusterLock(), new AoTransactions(ao), clock);
            AccessPolicy policy = new AccessPolicy(new InMemoryUserRights().jiraAdmin(ADMIN));
            InMemoryAuditLog audit = new InMemoryAuditLog();
            u.configure = new ConfigureContract(ledger, policy, audit);
            u.close = new CloseMonth(ledger, policy, audit);
            u.decisions = new CustomerDecisions(ledger, policy, audit, new RecordingAlertSender());
            InMemoryIssueLevelLookup levels = new InMemoryIssueLevelLookup();
            levels.set(1, SupportLevel.L1);
            u.record = new RecordWorklogChange(ledger, levels, new RecordingAlertSender(),
                    new RecordingChangeRequestNotifier());

            // the history both orders start from: the offer's contract from March, work in March and April
            u.configure.configure(ADMIN, InMemoryHost.seedDraft(PROJECT, "2026-03").build());
            for (int i = 0; i < 6; i++) {
                u.record.record(WorklogChange.created(100 + i, 1, PROJECT, "agent",
                        InMemoryHost.berlin("2026-03-0" + (2 + i) + "T09:00"), 61 * 60 + i,
                        InMemoryHost.berlin("2026-03-10T12:00")));
            }
            clock.set(InMemoryHost.berlin("2026-04-02T09:00"));
            u.record.record(WorklogChange.created(200, 1, PROJECT, "agent", InMemoryHost.berlin("2026-04-01T09:00"),
                    30 * 60, InMemoryHost.berlin("2026-04-02T09:00")));

            List<String> outcomes = new ArrayList<>();
            if (paused == null) {
                for (Write write : writes) {
                    outcomes.add(write + ": " + attempt(write, u));
                }
            } else {
                outcomes.addAll(interleaved(writes.get(0), writes.get(1), u));
                Collections.sort(outcomes);
            }
            if (paused == null) {
                Collections.sort(outcomes);
            }
            return String.join("\n", outcomes) + "\n" + dump(database);
        }
    }

    private static List<String> interleaved(Write pausedWrite, Write otherWrite, UseCases u) throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> paused = pool.submit(() -> {
                u.contracts.pauseOnce(Thread.currentThread(), read, otherDone);
                return pausedWrite + ": " + attempt(pausedWrite, u);
            });
            Future<String> other = pool.submit(() -> {
                read.await(10, TimeUnit.SECONDS);
                try {
                    return otherWrite + ": " + attempt(otherWrite, u);
                } finally {
                    otherDone.countDown();
                }
            });
            return List.of(paused.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String attempt(Write write, UseCases u) {
        try {
            return "done " + write.run().apply(u);
        } catch (ConflictException e) {
            return "refused " + e.code();
        } catch (ValidationException e) {
            return "refused " + e.getMessage();
        }
    }

    /** Every row of every plugin table as text, without the generated ids, sorted. */
    private static String dump(AoTestDatabase database) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, database.tablePrefix() + "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            if (!columns.getColumnName(c).equalsIgnoreCase("ID")) {
                                row.append(columns.getColumnName(c)).append('=').append(result.getString(c))
                                        .append(' ');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                tables.put(table, rows);
            }
        }
        StringBuilder text = new StringBuilder();
        tables.forEach((table, rows) -> text.append(table).append(":\n  ").append(String.join("\n  ", rows))
                .append('\n'));
        return text.toString();
    }

    /** The contract store of one run, which can pause one thread right after its first read. */
    private static final class PausingContractStore implements ContractStore {

        private final ContractStore store;
        private volatile Thread pausing;
        private volatile CountDownLatch read;
        private volatile CountDownLatch until;

        PausingContractStore(ContractStore store) {
            this.store = store;
        }

        void pauseOnce(Thread thread, CountDownLatch readSignal, CountDownLatch otherDone) {
            read = readSignal;
            until = otherDone;
            pausing = thread;
        }

        @Override
        public Optional<Contract> find(long projectId) {
            Optional<Contract> found = store.find(projectId);
            if (Thread.currentThread() == pausing) {
                pausing = null;
                read.countDown();
                try {
                    // the other write either finishes meanwhile, or waits for a lock this thread holds
                    until.await(300, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }

        @Override
        public List<Contract> findAll() {
            return store.findAll();
        }

        @Override
        public void save(Contract contract) {
            store.save(contract);
        }
    }
}

package de.tieredsupport.contingent.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.PluginTables.BookingRow;
import de.tieredsupport.contingent.sandbox.PluginTables.LevelTotalRow;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssueEvents;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUser;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;
import de.tieredsupport.contingent.testsupport.ao.AoTestDatabase;
import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * The same Jira history of worklogs (created, edited, deleted) on a sandbox on real AO, H2 and PostgreSQL, its
 * events delivered to the plugin's listener in different ways: in order, each right after the change, as Jira does
 * (both its issue event and its event bundle: the reference); only the issue event; only the bundle; every event
 * twice; shuffled (fixed seed); and with the edits and deletions of deleted worklogs arriving again after the
 * deletion. Each gives the same month: billing report, status per level, stored totals, active bookings; and no
 * alert is recorded twice.
 */
@RunWith(Parameterized.class)
public class SandboxEventDeliveryTest {

    private static final long PROJECT = 30_001;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final long SEED = 20_260_327L;
    private static final int OPERATIONS = 90;

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoTestDatabase.Kind.H2}, new Object[] {AoTestDatabase.Kind.POSTGRESQL});
    }

    private final AoTestDatabase.Kind kind;

    public SandboxEventDeliveryTest(AoTestDatabase.Kind kind) {
        this.kind = kind;
    }

    /** One worklog event as Jira dispatches it: the worklog as it was at the change. */
    private record Event(FakeIssueEvents.Kind kind, FakeWorklog worklog, long worklogId) {
    }

    /** How the recorded events reach the plugin. */
    private enum Delivery {
        IN_ORDER_AT_ONCE, ISSUE_EVENT_ONLY, BUNDLE_ONLY, EACH_TWICE, SHUFFLED, AGAIN_AFTER_DELETION
    }

    /** What the month looks like to the plugin's users, without the instants of the run itself. */
    private record MonthOutcome(JsonNode report, JsonNode levels, Map<String, LevelTotalRow> totals,
            List<String> activeBookings, List<String> alerts, int deletedWorklogs) {
    }

    @Test
    public void duplicateShuffledAndLateDeliveriesGiveTheInOrderMonth() throws Exception {
        FAILED_DELIVERIES.clear();
        MonthOutcome reference = run(Delivery.IN_ORDER_AT_ONCE);
        assertTrue("the history crosses thresholds", reference.alerts().size() >= 2);
        assertTrue("the history deletes worklogs", reference.deletedWorklogs() >= 5);
        assertFalse(reference.activeBookings().isEmpty());
        for (Delivery delivery : List.of(Delivery.ISSUE_EVENT_ONLY, Delivery.BUNDLE_ONLY, Delivery.EACH_TWICE,
                Delivery.SHUFFLED, Delivery.AGAIN_AFTER_DELETION)) {
            MonthOutcome outcome = run(delivery);
            assertEquals(delivery + ": active bookings", reference.activeBookings(), outcome.activeBookings());
            assertEquals(delivery + ": stored totals", reference.totals(), outcome.totals());
            assertEquals(delivery + ": status per level", reference.levels(), outcome.levels());
            assertEquals(delivery + ": billing report", reference.report(), outcome.report());
            assertEquals(delivery + ": alerts", reference.alerts(), outcome.alerts());
        }
        assertEquals("deliveries that failed", List.of(), FAILED_DELIVERIES);
    }

    private MonthOutcome run(Delivery delivery) throws Exception {
        TestPostgresDatabase postgres = kind == AoTestDatabase.Kind.POSTGRESQL
                ? TestPostgres.createDatabase("event_delivery") : null;
        SandboxOptions options = SandboxOptions.forTests().demoData(false);
        if (postgres != null) {
            options.jdbc(postgres.jdbcUrl(), postgres.user(), postgres.password()).pooledConnections(true);
        }
        try (Sandbox sandbox = Sandbox.start(options)) {
            YearMonth month = YearMonth.now(ZONE);
            sandbox.jira().addProject(PROJECT, "EVT", "Event delivery customer");
            List<FakeIssue> issues = new ArrayList<>();
            int number = 1;
            for (String level : List.of("L1", "L2", "L3")) {
                for (int i = 0; i < 2; i++, number++) {
                    issues.add(sandbox.jira().issues.create(PROJECT * 100 + number,
                            sandbox.jira().projects.getProjectObj(PROJECT), "EVT-" + number, "Ticket " + number,
                            level));
                }
            }
            sandbox.rest().putTerms(FakeUsers.MANAGER, "EVT", month, TermsJson.terms().zoneId(ZONE.getId())
                    .level("L1", 120, "70").level("L2", 180, "80").level("L3", 240, "90")
                    .recipients("owner@customer.example").json());

            List<Event> events = new ArrayList<>();
            Set<Long> deleted = new HashSet<>();
            boolean atOnce = delivery == Delivery.IN_ORDER_AT_ONCE || delivery == Delivery.ISSUE_EVENT_ONLY
                    || delivery == Delivery.BUNDLE_ONLY;
            sandbox.jira().issueEvents.deliver(delivery == Delivery.ISSUE_EVENT_ONLY
                    ? FakeIssueEvents.Delivery.ISSUE_EVENT
                    : delivery == Delivery.BUNDLE_ONLY ? FakeIssueEvents.Delivery.BUNDLE : FakeIssueEvents.Delivery.BOTH);
            playHistory(sandbox, issues, month, atOnce, events, deleted);
            if (!atOnce) {
                List<Event> order = new ArrayList<>();
                switch (delivery) {
                    case EACH_TWICE -> events.forEach(e -> {
                        order.add(e);
                        order.add(e);
                    });
                    case SHUFFLED -> {
                        order.addAll(events);
                        Collections.shuffle(order, new Random(SEED));
                    }
                    case AGAIN_AFTER_DELETION -> {
                        order.addAll(events);
                        events.stream().filter(e -> deleted.contains(e.worklogId())).forEach(order::add);
                    }
                    default -> throw new IllegalStateException(delivery.toString());
                }
                order.forEach(e -> deliver(sandbox, e));
            }
            return outcome(sandbox, month, deleted.size());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /**
     * Creates, edits and deletes worklogs in Jira (seeded) without dispatching, recording each change's event; with
     * {@code deliver} each event reaches the plugin right after its change, as Jira dispatches it.
     */
    private static void playHistory(Sandbox sandbox, List<FakeIssue> issues, YearMonth month, boolean deliver,
            List<Event> events, Set<Long> deleted) throws InterruptedException {
        Random random = new Random(SEED);
        FakeUser agent = sandbox.jira().users.find(FakeUsers.AGENT);
        List<Long> alive = new ArrayList<>();
        for (int op = 0; op < OPERATIONS; op++) {
            int choice = random.nextInt(10);
            Event event;
            if (alive.size() < 3 || choice < 6) {
                FakeIssue issue = issues.get(random.nextInt(issues.size()));
                Instant start = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(9, 0).atZone(ZONE)
                        .toInstant().plusSeconds(random.nextInt(8 * 3600));
                FakeWorklog created = sandbox.jira().worklogs.createWithoutEvent(issue, agent.getKey(), start,
                        60L + random.nextInt(25 * 60), "work " + op);
                alive.add(created.getId());
                event = new Event(FakeIssueEvents.Kind.CREATED, created, created.getId());
            } else if (choice < 9) {
                long id = alive.get(random.nextInt(alive.size()));
                FakeWorklog now = sandbox.jira().worklogs.getById(id);
                FakeWorklog edited = new FakeWorklog(id, now.getIssue(), now.getAuthorKey(), agent,
                        agent.getKey(), agent, now.getStartDate().toInstant(), 60L + random.nextInt(40 * 60),
                        now.getComment(), now.getCreated().toInstant(), now.getUpdated().toInstant());
                FakeWorklog stored = (FakeWorklog) sandbox.jira().worklogs.update(agent, edited, null, false);
                event = new Event(FakeIssueEvents.Kind.UPDATED, stored, id);
            } else {
                long id = alive.remove(random.nextInt(alive.size()));
                FakeWorklog gone = sandbox.jira().worklogs.getById(id);
                sandbox.jira().worklogs.deleteWithoutEvent(id);
                deleted.add(id);
                event = new Event(FakeIssueEvents.Kind.DELETED, gone, id);
            }
            events.add(event);
            if (deliver) {
                deliver(sandbox, event);
            }
            // Jira's updated times are in milliseconds: keep changes of one worklog apart
            Thread.sleep(2);
        }
    }

    /** Jira's event of the change to the plugin's listener; a failure to deliver is counted. */
    private static void deliver(Sandbox sandbox, Event event) {
        try {
            sandbox.jira().issueEvents.worklog(event.kind(), event.worklog(),
                    sandbox.jira().users.find(FakeUsers.AGENT));
        } catch (RuntimeException e) {
            FAILED_DELIVERIES.add(event.kind() + " " + event.worklogId() + ": " + e.getMessage());
        }
    }

    private static final List<String> FAILED_DELIVERIES = Collections.synchronizedList(new ArrayList<>());

    private static MonthOutcome outcome(Sandbox sandbox, YearMonth month, int deletedWorklogs) {
        JsonNode report = sandbox.rest().billing(FakeUsers.MANAGER, "EVT", month);
        JsonNode status = sandbox.rest().status(FakeUsers.MANAGER, "EVT", month);
        Map<String, LevelTotalRow> totals = sandbox.tables().totals(PROJECT, month);
        assertFalse("totals are stored", totals.isEmpty());
        List<String> active = new ArrayList<>();
        for (BookingRow b : sandbox.tables().bookings(PROJECT, month)) {
            if (!b.deleted()) {
                active.add(b.worklogId() + " " + b.issueId() + " " + b.start() + " raw " + b.rawSeconds()
                        + " billed " + b.billedSeconds() + " " + b.level() + (b.suspended() ? " suspended" : ""));
            }
        }
        Collections.sort(active);
        List<String> alerts = new ArrayList<>();
        for (JsonNode alert : status.path("alerts")) {
            alerts.add(alert.path("level").asText() + " " + alert.path("thresholdPercent").asInt() + " % of "
                    + alert.path("availableMinutes").asLong());
        }
        Collections.sort(alerts);
        assertEquals("no alert recorded twice", new HashSet<>(alerts).size(), alerts.size());
        assertEquals("one mail per recorded alert", alerts.size(), sandbox.mail().captured().size());
        return new MonthOutcome(report, status.path("levels"), totals, active, alerts, deletedWorklogs);
    }
}

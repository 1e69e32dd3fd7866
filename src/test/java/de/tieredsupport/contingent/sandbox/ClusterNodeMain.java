package de.tieredsupport.contingent.sandbox;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import de.tieredsupport.contingent.sandbox.fakejira.DatabaseClusterLockService;
import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeWorklog;

/**
 * A sandbox node in a process of its own, for the test that kills a node mid-load: joins the cluster on the given
 * PostgreSQL database (no demo data) and logs work on the cluster load's tickets until it is killed. Two threads
 * save worklogs in Jira's table and hand each to four listener threads, which book it; at most
 * {@link #IN_FLIGHT} worklogs wait for their booking. Prints {@code BOOKED n} as bookings complete.
 *
 * <p>Arguments: JDBC URL, user, password, node id.
 */
public final class ClusterNodeMain {

    static final String READY = "NODE READY";
    static final String BOOKED = "BOOKED ";
    static final int IN_FLIGHT = 40;

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String nodeId = args[3];
        ClusterLoad.isolationAsInJira();
        DatabaseClusterLockService locks = DatabaseClusterLockService.of(url, user, password, nodeId);
        Sandbox node = Sandbox.start(ClusterLoad.nodeOptions(url, user, password, locks, false));
        ClusterLoad.registerProjects(node);
        List<FakeIssue> issues = ClusterLoad.issues(node);
        YearMonth month = YearMonth.now(ClusterLoad.ZONE);
        ExecutorService listeners = Executors.newFixedThreadPool(4);
        Semaphore waiting = new Semaphore(IN_FLIGHT);
        AtomicInteger booked = new AtomicInteger();
        System.out.println(READY);
        System.out.flush();
        Thread[] writers = new Thread[2];
        for (int w = 0; w < writers.length; w++) {
            Random random = new Random(20_261_100L + w);
            writers[w] = new Thread(() -> {
                try {
                    while (true) {
                        waiting.acquire();
                        FakeWorklog worklog = ClusterLoad.saveWorklog(node, issues, random, month);
                        listeners.execute(() -> {
                            try {
                                ClusterLoad.book(node, worklog);
                                int n = booked.incrementAndGet();
                                if (n % 25 == 0) {
                                    System.out.println(BOOKED + n);
                                    System.out.flush();
                                }
                            } catch (RuntimeException e) {
                                System.out.println("FAILED " + worklog.getId() + ": " + e);
                            } finally {
                                waiting.release();
                            }
                        });
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "writer-" + w);
            writers[w].start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }
}

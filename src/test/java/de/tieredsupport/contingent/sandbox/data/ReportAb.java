package de.tieredsupport.contingent.sandbox.data;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;

import de.tieredsupport.contingent.sandbox.Sandbox;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;
import de.tieredsupport.contingent.testsupport.pg.EmbeddedPostgresServer;

/**
 * A/B harness (not a benchmark): two sandboxes in one JVM on the same embedded PostgreSQL database, one with plugin
 * jar A and one with jar B, the billing report of one generated project requested from each in alternating order, so
 * that the machine's load hits both alike. Checks that both answer the same JSON. Args: jarA jarB bookings tickets
 * seconds.
 */
public final class ReportAb {

    public static void main(String[] args) throws Exception {
        Path jarA = Paths.get(args[0]);
        Path jarB = Paths.get(args[1]);
        long bookings = Long.parseLong(args[2]);
        long tickets = Long.parseLong(args[3]);
        double seconds = Double.parseDouble(args[4]);
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin"));
        Path directory = Paths.get("target", "benchmark-data", "postgres-ab");
        try (EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory, false,
                directory.resolveSibling("postgres-ab.log"), true).stopAtExit()) {
            String url = embedded.url("sc_ab");
            try (Sandbox a = Sandbox.start(BenchmarkDatabase.postgres(url, EmbeddedPostgresServer.ROLE,
                    EmbeddedPostgresServer.PASSWORD, true).pluginJar(jarA))) {
                DataGenerator generator = new DataGenerator(a, 20261126L, System.out);
                DataGenerator.GeneratedProject project = generator.addContracts(1, month.minusMonths(11)).get(0);
                generator.addBookings(bookings, List.of(project), month, month, (int) Math.max(1, bookings / tickets));
                try (Connection c = a.openConnection(new Properties()); Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
                try (Sandbox b = Sandbox.start(BenchmarkDatabase.postgres(url, EmbeddedPostgresServer.ROLE,
                        EmbeddedPostgresServer.PASSWORD, false).pluginJar(jarB))) {
                    new DataGenerator(b, 20261126L, System.out).registerExistingProjects();
                    String key = DataGenerator.keyOf(project.projectId());
                    JsonNode fromA = a.rest().billing(FakeUsers.ADMIN, key, month);
                    JsonNode fromB = b.rest().billing(FakeUsers.ADMIN, key, month);
                    if (!fromA.toString().equals(fromB.toString())) {
                        throw new IllegalStateException("A and B answer differently");
                    }
                    System.out.println("same JSON from A and B, " + fromA.toString().length() + " chars");
                    List<Sandbox> both = List.of(a, b);
                    long until = System.nanoTime() + (long) (seconds * 1e9);
                    long[][] times = new long[2][100_000];
                    int rounds = 0;
                    while (System.nanoTime() < until && rounds < 100_000) {
                        for (int k = 0; k < 2; k++) {
                            int which = (rounds + k) % 2;
                            long t = System.nanoTime();
                            both.get(which).rest().billing(FakeUsers.ADMIN, key, month);
                            times[which][rounds] = System.nanoTime() - t;
                        }
                        rounds++;
                    }
                    // the second half only: both warmed up
                    int from = rounds / 2;
                    long[] ta = Arrays.copyOfRange(times[0], from, rounds);
                    long[] tb = Arrays.copyOfRange(times[1], from, rounds);
                    double[] ratio = new double[ta.length];
                    for (int i = 0; i < ta.length; i++) {
                        ratio[i] = (double) tb[i] / ta[i];
                    }
                    Arrays.sort(ta);
                    Arrays.sort(tb);
                    Arrays.sort(ratio);
                    System.out.printf(Locale.ROOT, "rounds %d (last %d counted)%n", rounds, ta.length);
                    System.out.printf(Locale.ROOT, "A: median %.2f ms, p25 %.2f ms, min %.2f ms%n", ta[ta.length / 2] / 1e6,
                            ta[ta.length / 4] / 1e6, ta[0] / 1e6);
                    System.out.printf(Locale.ROOT, "B: median %.2f ms, p25 %.2f ms, min %.2f ms%n", tb[tb.length / 2] / 1e6,
                            tb[tb.length / 4] / 1e6, tb[0] / 1e6);
                    System.out.printf(Locale.ROOT, "B/A per round: median %.3f, p25 %.3f, p75 %.3f%n",
                            ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[3 * ratio.length / 4]);
                }
            }
        }
    }
}

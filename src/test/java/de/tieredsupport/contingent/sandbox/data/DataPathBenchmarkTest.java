package de.tieredsupport.contingent.sandbox.data;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * The data-path benchmark at a tiny size on H2, so that it keeps running as the plugin changes: its SQL floor must
 * compute the same minutes in contingent, over it and suspended, and list the same tickets, as the plugin's billing
 * report (the benchmark stops otherwise), and it prints every table.
 */
public class DataPathBenchmarkTest {

    @Test
    public void theBenchmarkRunsAndItsSqlFloorAgreesWithThePluginsReport() throws Exception {
        Path directory = Files.createTempDirectory("benchmark-test");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DataPathBenchmark.main(new String[] {"--db", "h2", "--h2-file", directory.resolve("h2").toString(),
                "--contracts", "3", "--bookings", "300", "--months", "2", "--report-sizes", "600",
                "--warmup", "0", "--warmup-seconds", "0", "--runs", "1", "--recordings", "2",
                "--changed-months", "2"});
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        original.println(output);
        assertTrue(output, output.contains("### Billing report of one project-month"));
        assertTrue(output, output.contains("| 600 | "));
        assertTrue(output, output.contains("### Statements per use case"));
        assertTrue(output, output.contains("| recording one worklog (both event deliveries) | "));
        assertTrue(output, output.contains("### Status of all contracts"));
        assertTrue(output, output.contains("### Open month's report after 2 closed months"));
    }
}

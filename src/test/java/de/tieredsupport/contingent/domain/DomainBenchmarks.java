package de.tieredsupport.contingent.domain;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the domain benchmarks (every {@code *Benchmark} of this package unless the arguments name others) with
 * JMH's command line options, then prints the cost per booking or ticket at each size: linear cost shows as the
 * same nanoseconds per element at every size. {@code mvn -B -Pbenchmark-domain} calls this.
 */
public final class DomainBenchmarks {

    static final String DOMAIN_BENCHMARKS = "^de\\.tieredsupport\\.contingent\\.domain\\.\\w+Benchmark\\.";

    private static final String ALLOCATED_BYTES_PER_OP = "gc.alloc.rate.norm";

    /** The parameter that counts what a benchmark processes, in the order they are looked for. */
    static final List<String> SIZE_PARAMETERS = List.of("bookings", "tickets");

    private DomainBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(DOMAIN_BENCHMARKS);
        }
        if (commandLine.getProfilers().isEmpty()) {
            // Bytes allocated per operation do not depend on what else the machine is doing.
            options.addProfiler(GCProfiler.class);
        }
        Runner runner = new Runner(options.build());
        if (commandLine.shouldHelp()) {
            commandLine.showHelp();
        } else if (commandLine.shouldList()) {
            runner.list();
        } else if (commandLine.shouldListWithParams()) {
            runner.listWithParams(commandLine);
        } else {
            printCostPerElement(runner.run(), System.out);
        }
    }

    private static void printCostPerElement(Collection<RunResult> results, PrintStream out) {
        Map<String, Double> smallestSize = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            for (String parameter : SIZE_PARAMETERS) {
                String value = run.getParams().getParam(parameter);
                if (value != null) {
                    StringBuilder others = new StringBuilder();
                    for (String other : run.getParams().getParamsKeys()) {
                        if (!other.equals(parameter)) {
                            others.append(' ').append(other).append('=').append(run.getParams().getParam(other));
                        }
                    }
                    Result<?> primary = run.getPrimaryResult();
                    Result<?> allocated = run.getSecondaryResults().get(ALLOCATED_BYTES_PER_OP);
                    String shortName = benchmark.substring(
                            benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
                    rows.add(new Row(shortName, others.toString().trim(), parameter, Long.parseLong(value),
                            primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                            allocated == null ? Double.NaN : allocated.getScore()));
                    break;
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Comparator.comparing(Row::group).thenComparingLong(Row::size));
        out.println();
        out.println("Cost per element (linear cost: the same ns and bytes per element at every size; "
                + "errors are JMH's 99.9% confidence intervals)");
        out.println(String.format(Locale.ROOT, "%-38s %-18s %26s %22s %14s %9s %15s  %s", "Benchmark", "Size",
                "Time per op", "ns per element", "elements/s", "vs first", "bytes/element",
                "Other parameters"));
        for (Row row : rows) {
            double nanos = nanosPerOp(row.score, row.unit);
            double nanosError = Double.isNaN(row.error) ? Double.NaN
                    : Math.abs(nanosPerOp(row.score + row.error, row.unit) - nanos);
            double perElement = nanos / row.size;
            double first = smallestSize.computeIfAbsent(row.group(), b -> perElement);
            out.println(String.format(Locale.ROOT, "%-38s %-18s %26s %22s %14.0f %8.2fx %15.1f  %s", row.benchmark,
                    row.parameter + "=" + row.size, withError(row.score, row.error) + " " + row.unit,
                    withError(perElement, nanosError / row.size), 1e9 / perElement, perElement / first,
                    row.allocatedBytes / row.size, row.others));
        }
    }

    private static String withError(double value, double error) {
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%.3f", value)
                : String.format(Locale.ROOT, "%.3f \u00b1 %.3f", value, error);
    }

    /** Score in a JMH unit (e.g. {@code us/op} for average time, {@code ops/ms} for throughput) as ns per op. */
    static double nanosPerOp(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Unit without a time: " + unit);
        }
        if (parts[1].equals("op")) {
            return score * nanos(parts[0]);
        }
        if (parts[0].equals("ops")) {
            return nanos(parts[1]) / score;
        }
        throw new IllegalArgumentException("Unit neither time per op nor ops per time: " + unit);
    }

    private static double nanos(String unit) {
        TimeUnit timeUnit = switch (unit) {
            case "ns" -> TimeUnit.NANOSECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "s" -> TimeUnit.SECONDS;
            case "min" -> TimeUnit.MINUTES;
            case "hr" -> TimeUnit.HOURS;
            case "day" -> TimeUnit.DAYS;
            default -> throw new IllegalArgumentException("Unknown time unit: " + unit);
        };
        return timeUnit.toNanos(1);
    }

    private record Row(String benchmark, String others, String parameter, long size, double score, double error,
            String unit, double allocatedBytes) {

        /** Rows that differ only in size are compared with each other. */
        String group() {
            return benchmark + " " + others;
        }
    }
}

package de.tieredsupport.contingent.domain;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two roundings of billing, each per single call, over {@value #VALUES} varied inputs per invocation (so the
 * branch predictor cannot learn one value): a worklog's raw seconds to billed seconds
 * ({@link RoundingPolicy#billedSeconds}) under three policies, and a level line's money, rate x minutes / 60
 * rounded half-up to the cent ({@link MonthCalculator#amount}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoundingBenchmark {

    static final int VALUES = 1024;

    /** Raw worklog durations from one second to eight hours, and the policy to round them with. */
    @State(Scope.Benchmark)
    public static class Worklogs {

        @Param({"5_UP", "15_NEAREST", "10_DOWN"})
        public String policy;

        RoundingPolicy rounding;
        final long[] rawSeconds = new long[VALUES];

        @Setup(Level.Trial)
        public void generate() {
            String[] parts = policy.split("_");
            rounding = new RoundingPolicy(Integer.parseInt(parts[0]), RoundingPolicy.Mode.valueOf(parts[1]));
            SplittableRandom random = new SplittableRandom(MonthCalculatorBenchmark.SEED);
            for (int i = 0; i < VALUES; i++) {
                rawSeconds[i] = 1 + random.nextLong(8 * 3600);
            }
        }
    }

    /** Level lines of 5 minutes to 200 hours at the example customer's three rates. */
    @State(Scope.Benchmark)
    public static class LevelLines {

        final Money[] rates = new Money[VALUES];
        final long[] minutes = new long[VALUES];

        @Setup(Level.Trial)
        public void generate() {
            Money[] seedRates = {TestData.eur("70.00"), TestData.eur("80.00"), TestData.eur("90.00")};
            SplittableRandom random = new SplittableRandom(MonthCalculatorBenchmark.SEED);
            for (int i = 0; i < VALUES; i++) {
                rates[i] = seedRates[random.nextInt(seedRates.length)];
                minutes[i] = 5 * (1 + random.nextLong(2400));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long billedSeconds(Worklogs worklogs) {
        long sum = 0;
        for (long raw : worklogs.rawSeconds) {
            sum += worklogs.rounding.billedSeconds(raw);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long lineAmount(LevelLines lines) {
        long sum = 0;
        for (int i = 0; i < VALUES; i++) {
            sum += MonthCalculator.amount(lines.rates[i], lines.minutes[i]).minorUnits();
        }
        return sum;
    }
}

package de.tieredsupport.contingent.domain;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Allocation of one level line's amount to its {@code tickets} tickets by largest remainder
 * ({@link MonthCalculator#allocate}), the step that makes ticket amounts add up exactly to the line. Ticket
 * minutes are multiples of 5 between 5 minutes and 20 hours at 80.00 per hour, so the remainders vary.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {

    private static final long RATE_MINOR = 8000;

    @Param({"10", "1000", "100000"})
    public int tickets;

    private long[] ticketMinutes;
    private long lineMinor;

    @Setup(Level.Trial)
    public void generateLine() {
        SplittableRandom random = new SplittableRandom(MonthCalculatorBenchmark.SEED);
        ticketMinutes = new long[tickets];
        long lineMinutes = 0;
        for (int i = 0; i < tickets; i++) {
            ticketMinutes[i] = 5 * (1 + random.nextLong(240));
            lineMinutes += ticketMinutes[i];
        }
        lineMinor = MonthCalculator.amount(TestData.eur("80.00"), lineMinutes).minorUnits();
    }

    @Benchmark
    public long[] allocateLine() {
        return MonthCalculator.allocate(lineMinor, RATE_MINOR, ticketMinutes);
    }
}

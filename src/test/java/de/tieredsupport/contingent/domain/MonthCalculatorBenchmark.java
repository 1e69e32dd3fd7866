package de.tieredsupport.contingent.domain;

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
 * The month computation of one contract ({@link MonthCalculator#compute}) over a month of {@code bookings}
 * bookings: consumption in time order per level, splits at the limit, overage, suspended work, money per level
 * line and its allocation to tickets. The month is generated once per size ({@link BenchmarkMonth}); only the
 * computation is measured. Run with {@code mvn -B -Pbenchmark-domain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MonthCalculatorBenchmark {

    static final long SEED = 20260301L;

    @Param({"1000", "10000", "100000", "1000000"})
    public int bookings;

    /** Fewer tickets per month means a smaller per-ticket working set; {@code -p worklogsPerTicket=1000}. */
    @Param({"" + BenchmarkMonth.WORKLOGS_PER_TICKET})
    public int worklogsPerTicket;

    private BenchmarkMonth month;

    @Setup(Level.Trial)
    public void generateMonth() {
        month = BenchmarkMonth.generate(bookings, worklogsPerTicket, SEED);
    }

    @Benchmark
    public MonthResult computeMonth() {
        return month.compute();
    }

    /**
     * Control: reads the fields of every booking once and computes nothing. What it costs per booking at each
     * size is the price of reaching the bookings in memory, which {@link #computeMonth()} pays too.
     */
    @Benchmark
    public long readEveryBooking() {
        long sum = 0;
        for (Booking b : month.bookings) {
            sum += b.issueId() + b.billedMinutes().toLong() + b.start().getEpochSecond() + b.level().ordinal();
        }
        return sum;
    }
}

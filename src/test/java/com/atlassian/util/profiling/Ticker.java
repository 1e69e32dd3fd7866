package com.atlassian.util.profiling;

/** Test-only no-op stand-in for atlassian-profiling's {@code Ticker}; see {@link Metrics}. */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> { };

    @Override
    void close();
}

package com.atlassian.util.profiling;

/**
 * Test-only no-op stand-in for atlassian-profiling's {@code Metrics}, which {@code net.java.ao.EntityManager}
 * 6.1.1 calls on every operation. Jira provides the real class; tests and the sandbox host need one with the
 * exact signatures that AO's bytecode links against ({@code javap -c net.java.ao.EntityManager}).
 */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** The nested builder AO uses: {@code Metrics$Builder}. */
    public static final class Builder {
        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}

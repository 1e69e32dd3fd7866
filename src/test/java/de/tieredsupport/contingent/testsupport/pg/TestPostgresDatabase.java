package de.tieredsupport.contingent.testsupport.pg;

/** One private PostgreSQL database for a test; {@link #close()} drops it. */
public final class TestPostgresDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable drop;

    TestPostgresDatabase(String jdbcUrl, String user, String password, Runnable drop) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The schema AO uses on PostgreSQL. */
    public String schema() {
        return "public";
    }

    @Override
    public void close() {
        drop.run();
    }
}

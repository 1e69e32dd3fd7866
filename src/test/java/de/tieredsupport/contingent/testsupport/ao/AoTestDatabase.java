package de.tieredsupport.contingent.testsupport.ao;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import de.tieredsupport.contingent.testsupport.pg.TestPostgres;
import de.tieredsupport.contingent.testsupport.pg.TestPostgresDatabase;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.atlassian.TablePrefix;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

/**
 * Real Active Objects ({@code net.java.ao} 6.1.1) on a real database, named exactly as Jira names a plugin's
 * tables: {@code AO_} + the last 6 hex digits of md5(namespace) + {@code _} + entity name, columns through
 * {@link AtlassianFieldNameConverter}.
 */
public final class AoTestDatabase implements AutoCloseable {

    /** The namespace pinned in atlassian-plugin.xml's {@code <ao>} module. */
    public static final String PLUGIN_NAMESPACE = "de.tieredsupport.support-contingent";

    private static final AtomicInteger IN_MEMORY_COUNTER = new AtomicInteger();

    /** The databases the store tests run on. */
    public enum Kind {
        H2("H2"), POSTGRESQL("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final EntityManager entityManager;
    private final String tablePrefix;
    private final Runnable afterClose;

    private AoTestDatabase(String jdbcUrl, String user, String password, String schema, String namespace,
            boolean pooled, Runnable afterClose) {
        this.afterClose = afterClose;
        this.tablePrefix = tablePrefixFor(namespace);
        TablePrefix prefix = name -> tablePrefix + name;
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder = EntityManagerBuilder.url(jdbcUrl).username(user)
                .password(password).schema(schema);
        this.entityManager = (pooled ? builder.dbcp() : builder.none())
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** A fresh, private in-memory H2 database (kept open until {@link #close()}). */
    public static AoTestDatabase inMemoryH2() {
        String url = "jdbc:h2:mem:ao" + IN_MEMORY_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        // AO needs the schema PUBLIC on H2, or it reads H2's information schema as user tables.
        return new AoTestDatabase(url, "sa", "", "PUBLIC", PLUGIN_NAMESPACE, false, () -> { });
    }

    /**
     * A fresh, private database of the given kind: in-memory H2, or a new PostgreSQL database from
     * {@link TestPostgres} (the embedded server, or the one {@code SC_TEST_POSTGRES_URL} names), dropped on
     * {@link #close()}.
     */
    public static AoTestDatabase fresh(Kind kind, String purpose) {
        if (kind == Kind.H2) {
            return inMemoryH2();
        }
        TestPostgresDatabase postgres = TestPostgres.createDatabase(purpose);
        try {
            return new AoTestDatabase(postgres.jdbcUrl(), postgres.user(), postgres.password(), postgres.schema(),
                    PLUGIN_NAMESPACE, false, postgres::close);
        } catch (RuntimeException | Error e) {
            postgres.close();
            throw e;
        }
    }

    /** Any JDBC database AO supports, e.g. PostgreSQL with schema "public". */
    public static AoTestDatabase of(String jdbcUrl, String user, String password, String schema) {
        return new AoTestDatabase(jdbcUrl, user, password, schema, PLUGIN_NAMESPACE, false, () -> { });
    }

    /**
     * Like {@link #of}, with connections from a pool (commons-dbcp, which AO's builder supports) instead of a new
     * connection per statement outside transactions: what Jira gives AO, and what timings on a server database need.
     */
    public static AoTestDatabase pooled(String jdbcUrl, String user, String password, String schema) {
        return new AoTestDatabase(jdbcUrl, user, password, schema, PLUGIN_NAMESPACE, true, () -> { });
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** {@code AO_XXXXXX_} for this database's namespace. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** As Jira's AO plugin computes it: {@code AO_} + right(md5Hex(namespace), 6), upper case, then {@code _}. */
    public static String tablePrefixFor(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest));
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            entityManager.getProvider().dispose();
        } finally {
            afterClose.run();
        }
    }
}

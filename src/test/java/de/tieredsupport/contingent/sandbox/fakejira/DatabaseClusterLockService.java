package de.tieredsupport.contingent.sandbox.fakejira;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

/**
 * Fake of Jira's database-backed {@link ClusterLockService} for sandbox nodes that share one database (in one JVM
 * or in several). It follows the shape of Jira Data Center's own database lock: one row per lock name in a lock
 * table, holding the owning node; a node takes a lock by a conditional {@code UPDATE} of a free row (inserting the
 * row first if the name is new), and only the owner frees it. Within a node a re-entrant JVM lock per name comes
 * first, so the row is taken once per node and a thread may lock again what it holds. {@code tryLock(time, unit)}
 * polls the row until the time is up.
 *
 * <p>Not Jira's code and not its table: the table is {@code SANDBOX_CLUSTER_LOCK}, beside the other fake Jira
 * tables. A node that starts under the id of an earlier life (a restart after a crash) frees the rows that life
 * left held, as Jira frees the locks of a node that left the cluster. Portable SQL for H2 and PostgreSQL.
 */
public final class DatabaseClusterLockService implements ClusterLockService, AutoCloseable {

    static final String TABLE = "SANDBOX_CLUSTER_LOCK";
    /** First and longest pause between two attempts to take a row another node holds. */
    static final long FIRST_POLL_MILLIS = 1;
    static final long MAX_POLL_MILLIS = 20;

    private final FakeJiraTables.Connections connections;
    private final String nodeId;
    private final Clock clock;
    private final Map<String, DatabaseLock> locks = new ConcurrentHashMap<>();
    /** Autocommit connections for the short lock statements, reused instead of opened per statement. */
    private final Deque<Connection> idle = new ArrayDeque<>();

    /**
     * @param connections the shared database (the one holding the fake Jira tables)
     * @param nodeId this node's id, unique in the cluster; a restarted node keeps its id
     */
    public DatabaseClusterLockService(FakeJiraTables.Connections connections, String nodeId, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.clock = Objects.requireNonNull(clock, "clock");
        createTable();
        releaseAllHeldBy(nodeId);
    }

    public static DatabaseClusterLockService of(String jdbcUrl, String user, String password, String nodeId) {
        return new DatabaseClusterLockService(FakeJiraTables.of(jdbcUrl, user, password)::open, nodeId,
                Clock.systemUTC());
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        Objects.requireNonNull(lockName, "lockName");
        return locks.computeIfAbsent(lockName, DatabaseLock::new);
    }

    /** The node holding {@code lockName} in the table, or null if it is free or unknown. */
    public String ownerOf(String lockName) {
        return sql("read lock " + lockName, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT LOCKED_BY_NODE FROM " + TABLE + " WHERE LOCK_NAME = ?")) {
                select.setString(1, lockName);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        for (Connection connection : idle) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        idle.clear();
    }

    private void createTable() {
        try {
            sql("create " + TABLE, connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) PRIMARY KEY, "
                            + "LOCKED_BY_NODE VARCHAR(64), UPDATE_TIME BIGINT NOT NULL)");
                }
                return null;
            });
        } catch (IllegalStateException e) {
            // two nodes creating it at once: PostgreSQL may refuse the second CREATE; the table is there then
            sql("find " + TABLE, connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeQuery("SELECT COUNT(*) FROM " + TABLE).close();
                }
                return null;
            });
        }
    }

    private void releaseAllHeldBy(String node) {
        sql("free the locks of " + node, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET LOCKED_BY_NODE = NULL, UPDATE_TIME = ? WHERE LOCKED_BY_NODE = ?")) {
                update.setLong(1, clock.millis());
                update.setString(2, node);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Takes the row if it is free; true if this node holds it now. */
    private boolean tryAcquireRow(String lockName) {
        return sql("take lock " + lockName, connection -> {
            if (takeFreeRow(connection, lockName)) {
                return true;
            }
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (LOCK_NAME, LOCKED_BY_NODE, UPDATE_TIME) SELECT ?, NULL, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM " + TABLE + " WHERE LOCK_NAME = ?)")) {
                insert.setString(1, lockName);
                insert.setLong(2, clock.millis());
                insert.setString(3, lockName);
                inserted = insert.executeUpdate();
            } catch (SQLException insertedMeanwhile) {
                // another node inserted the same new name at the same moment; its row decides
                return false;
            }
            // no row inserted: the row exists and another node holds it
            return inserted == 1 && takeFreeRow(connection, lockName);
        });
    }

    private boolean takeFreeRow(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                + " SET LOCKED_BY_NODE = ?, UPDATE_TIME = ? WHERE LOCK_NAME = ? AND LOCKED_BY_NODE IS NULL")) {
            update.setString(1, nodeId);
            update.setLong(2, clock.millis());
            update.setString(3, lockName);
            return update.executeUpdate() == 1;
        }
    }

    /** Frees the row if this node holds it; false if it did not. */
    private boolean releaseRow(String lockName) {
        return sql("free lock " + lockName, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                    + " SET LOCKED_BY_NODE = NULL, UPDATE_TIME = ? WHERE LOCK_NAME = ? AND LOCKED_BY_NODE = ?")) {
                update.setLong(1, clock.millis());
                update.setString(2, lockName);
                update.setString(3, nodeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T sql(String what, Sql<T> work) {
        Connection connection = null;
        try {
            connection = borrow();
            T result = work.run(connection);
            giveBack(connection);
            return result;
        } catch (SQLException e) {
            discard(connection);
            throw new IllegalStateException("Cluster lock table: cannot " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            discard(connection);
            throw e;
        }
    }

    private Connection borrow() throws SQLException {
        synchronized (this) {
            Connection reused = idle.pollFirst();
            if (reused != null) {
                return reused;
            }
        }
        Connection fresh = connections.open();
        fresh.setAutoCommit(true);
        return fresh;
    }

    private synchronized void giveBack(Connection connection) {
        idle.addFirst(connection);
    }

    private static void discard(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    /** One named lock of this node: the JVM lock for this node's threads, the table row for the cluster. */
    private final class DatabaseLock implements ClusterLock {
        private final String name;
        private final ReentrantLock local = new ReentrantLock();

        DatabaseLock(String name) {
            this.name = name;
        }

        @Override
        public void lock() {
            local.lock();
            if (local.getHoldCount() > 1) {
                return;
            }
            try {
                long pause = FIRST_POLL_MILLIS;
                while (!tryAcquireRow(name)) {
                    sleepUninterruptibly(pause);
                    pause = Math.min(MAX_POLL_MILLIS, pause * 2);
                }
            } catch (RuntimeException | Error e) {
                local.unlock();
                throw e;
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            local.lockInterruptibly();
            if (!takeRowOrRelease(false, System.nanoTime() + Long.MAX_VALUE / 4)) {
                throw new InterruptedException("interrupted while waiting for lock " + name);
            }
        }

        @Override
        public boolean tryLock() {
            return local.tryLock() && takeRowOrRelease(true, 0);
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long wait = Math.max(0, Math.min(unit.toNanos(time), Long.MAX_VALUE / 4));
            long deadline = System.nanoTime() + wait;
            return local.tryLock(time, unit) && takeRowOrRelease(false, deadline);
        }

        /**
         * With the JVM lock held: takes the row, in one attempt or polling until {@code deadline}
         * ({@link System#nanoTime()}); frees the JVM lock again if the row was not taken.
         */
        private boolean takeRowOrRelease(boolean once, long deadline) {
            if (local.getHoldCount() > 1) {
                return true;
            }
            boolean taken = false;
            try {
                long pause = FIRST_POLL_MILLIS;
                while (!(taken = tryAcquireRow(name))) {
                    long left = deadline - System.nanoTime();
                    if (once || left <= 0) {
                        return false;
                    }
                    Thread.sleep(Math.min(pause, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
                    pause = Math.min(MAX_POLL_MILLIS, pause * 2);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                if (!taken) {
                    local.unlock();
                }
            }
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("lock " + name + " is not held by this thread");
            }
            try {
                if (local.getHoldCount() == 1 && !releaseRow(name)) {
                    throw new IllegalMonitorStateException("lock " + name + " is not held by node " + nodeId
                            + " in the lock table");
                }
            } finally {
                local.unlock();
            }
        }

        /** Jira's cluster locks do not support conditions either. */
        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }
    }

    private static void sleepUninterruptibly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;

import org.junit.Test;

/**
 * A transaction the database rolled back as a serialization failure or deadlock runs again (bounded); any other
 * failure, and a nested transaction, is left to the caller.
 */
public class AoTransactionsTest {

    /** As AO's facade reports an SQL error: a runtime exception with the SQLException as cause. */
    private static RuntimeException sqlFailure(String sqlState) {
        return new IllegalStateException("wrapped", new SQLException("failed", sqlState));
    }

    private static ActiveObjects runsCallbacks() {
        ActiveObjects ao = mock(ActiveObjects.class);
        when(ao.executeInTransaction(any())).thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0))
                .doInTransaction());
        return ao;
    }

    @Test
    public void aSerializationFailureOrDeadlockRunsTheTransactionAgain() {
        AoTransactions transactions = new AoTransactions(runsCallbacks());
        for (String state : new String[] {"40001", "40P01"}) {
            AtomicInteger attempts = new AtomicInteger();
            String result = transactions.inTransaction(() -> {
                if (attempts.incrementAndGet() < 3) {
                    throw sqlFailure(state);
                }
                return "done";
            });
            assertEquals("done", result);
            assertEquals(state, 3, attempts.get());
        }
    }

    @Test
    public void otherFailuresAreNotRepeated() {
        AoTransactions transactions = new AoTransactions(runsCallbacks());
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException unique = sqlFailure("23505");
        try {
            transactions.inTransaction(() -> {
                attempts.incrementAndGet();
                throw unique;
            });
            fail();
        } catch (RuntimeException e) {
            assertSame(unique, e);
        }
        assertEquals(1, attempts.get());
    }

    @Test
    public void repeatingIsBoundedAndTheLastFailureReachesTheCaller() {
        AoTransactions transactions = new AoTransactions(runsCallbacks());
        AtomicInteger attempts = new AtomicInteger();
        try {
            transactions.inTransaction(() -> {
                attempts.incrementAndGet();
                throw sqlFailure("40001");
            });
            fail();
        } catch (RuntimeException e) {
            assertEquals("40001", ((SQLException) e.getCause()).getSQLState());
        }
        assertEquals(AoTransactions.MAX_ATTEMPTS, attempts.get());
    }

    @Test
    public void aNestedTransactionLeavesTheRepeatToTheOutermost() {
        AoTransactions transactions = new AoTransactions(runsCallbacks());
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        String result = transactions.inTransaction(() -> {
            outer.incrementAndGet();
            try {
                return transactions.inTransaction(() -> {
                    if (inner.incrementAndGet() == 1) {
                        throw sqlFailure("40001");
                    }
                    return "inner done";
                });
            } catch (RuntimeException e) {
                throw e;
            }
        });
        assertEquals("inner done", result);
        assertEquals("the outermost ran again", 2, outer.get());
        assertEquals(2, inner.get());
    }
}

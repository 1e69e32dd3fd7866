package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * How far the reconciliation has read Jira's worklog changes: a run that stops at its page budget is continued by the
 * next one from here instead of starting over. Shared by the cluster's nodes (one row).
 */
public interface ReconciliationCursor {

    /**
     * A place in Jira's order of changes, compared by time, then worklog id. As a cursor: every change before
     * {@code at} was handled, and {@code worklogId} is the last worklog handled ({@code -1}: none at {@code at}); the
     * changes at {@code at} itself are read again by the next run, as Jira's order inside one millisecond is unknown.
     */
    record Position(Instant at, long worklogId) implements Comparable<Position> {

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::at)
                .thenComparingLong(Position::worklogId);

        public Position {
            Objects.requireNonNull(at, "at");
        }

        /** The place before every change at {@code at}. */
        public static Position before(Instant at) {
            return new Position(at, -1);
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * What the cursor holds.
     *
     * @param updated where reading created and updated worklogs goes on; null: not read yet
     * @param deleted where reading deleted worklogs goes on; null: not read yet
     * @param sweptTo the worklog id up to which the bookings were last checked for deleted worklogs, when Jira offers
     *        no list of deletions; null: from the start
     */
    record State(Position updated, Position deleted, Long sweptTo) {

        public static final State EMPTY = new State(null, null, null);
    }

    State read();

    void write(State state);
}

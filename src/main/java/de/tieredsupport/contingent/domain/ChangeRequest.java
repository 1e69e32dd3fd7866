package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The change request of one ticket: its estimate rounds, oldest first. A round is prepared (DRAFT), submitted to the
 * customer's decision makers (SUBMITTED) and then approved, rejected or withdrawn. A revised estimate after a
 * decision starts the next round; while it waits, the last approved estimate stays in force.
 * <p>
 * Billing follows the decisions: work that starts at or after an approval is change-request work, outside the
 * contingent, until a later round is rejected (the customer refused the revised estimate). Withdrawing a pending
 * revision leaves the approved estimate in force. Work before the first approval (analysis, estimating) and after a
 * rejection is normal support at the ticket's level.
 */
public record ChangeRequest(long projectId, long issueId, List<Round> rounds) {

    /** Estimates beyond this (2,000 hours) are refused as typing errors. */
    public static final long MAX_ESTIMATE_MINUTES = 2_000 * 60L;
    /** The scope must say something and stay readable in a mail. */
    public static final int MAX_SCOPE_LENGTH = FreeText.MAX_LENGTH;

    public enum State { DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN }

    /** A transition the current state does not allow, e.g. submitting a decided round; {@code code} is stable. */
    public static final class StateConflict extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String code;

        StateConflict(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * What is estimated: the scope in words, the effort in minutes at the level that implements it.
     *
     * @param minutes a positive multiple of the contract's rounding increment, at most {@link #MAX_ESTIMATE_MINUTES}
     */
    public record Estimate(String scope, Minutes minutes, SupportLevel level) {

        public Estimate {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(minutes, "minutes");
            Objects.requireNonNull(level, "level");
        }

        /**
         * The estimate if it is valid for the rounding, or every problem at its field ({@code scope},
         * {@code estimateMinutes}).
         */
        public static Estimate of(String scope, Minutes estimate, SupportLevel level, RoundingPolicy rounding) {
            long minutes = estimate.toLong();
            Violations v = new Violations();
            if (scope == null || scope.isBlank()) {
                v.add("scope", "changeRequest.scope.missing", "Describe the scope of the change");
            } else {
                FreeText.check(v, "scope", scope);
            }
            if (minutes <= 0) {
                v.add("estimateMinutes", "changeRequest.estimate.notPositive", "The estimate must be more than zero");
            } else if (minutes > MAX_ESTIMATE_MINUTES) {
                v.add("estimateMinutes", "changeRequest.estimate.tooLarge",
                        "The estimate must be at most " + MAX_ESTIMATE_MINUTES / 60 + " hours",
                        MAX_ESTIMATE_MINUTES / 60);
            } else if (!rounding.isMultipleOfIncrement(minutes)) {
                v.add("estimateMinutes", "changeRequest.estimate.notOnIncrement",
                        "The estimate must be a multiple of " + rounding.incrementMinutes() + " minutes",
                        rounding.incrementMinutes());
            }
            v.throwIfAny();
            return new Estimate(scope.strip(), estimate, level);
        }

        /** Rate of the implementation level x estimate / 60, rounded once. */
        public Money amount(Terms terms) {
            return MonthCalculator.amount(terms.hourlyRate(level), minutes.toLong());
        }
    }

    /**
     * A decision on a submitted round.
     *
     * @param by the decision maker's name (via link) or the Jira user's key
     * @param comment optional; null when none was given
     */
    public record Decision(State outcome, String by, boolean viaLink, Instant at, String comment) {

        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            if (outcome != State.APPROVED && outcome != State.REJECTED && outcome != State.WITHDRAWN) {
                throw new IllegalArgumentException("Not a decision: " + outcome);
            }
        }
    }

    /**
     * One estimate round.
     *
     * @param number 1 for the first round
     * @param submittedAt null while a draft
     * @param decision null while a draft or waiting for the decision
     * @param estimateReachedAt when work reached 100 % of this round's approved estimate and that was announced
     */
    public record Round(int number, Estimate estimate, String preparedBy, Instant preparedAt, String submittedBy,
            Instant submittedAt, Decision decision, Instant estimateReachedAt) {

        public Round {
            Objects.requireNonNull(estimate, "estimate");
            Objects.requireNonNull(preparedBy, "preparedBy");
            Objects.requireNonNull(preparedAt, "preparedAt");
            if (number < 1) {
                throw new IllegalArgumentException("Round numbers start at 1: " + number);
            }
        }

        public State state() {
            if (decision != null) {
                return decision.outcome();
            }
            return submittedAt != null ? State.SUBMITTED : State.DRAFT;
        }

        Round submitted(String by, Instant at) {
            return new Round(number, estimate, preparedBy, preparedAt, by, at, null, null);
        }

        Round decided(Decision made) {
            return new Round(number, estimate, preparedBy, preparedAt, submittedBy, submittedAt, made, null);
        }

        Round reachedAt(Instant at) {
            return new Round(number, estimate, preparedBy, preparedAt, submittedBy, submittedAt, decision, at);
        }
    }

    /** An interval [from, until) of work starts that is change-request work; {@code until} null: still open. */
    public record Window(Instant from, Instant until) {

        public boolean covers(Instant start) {
            return !start.isBefore(from) && (until == null || start.isBefore(until));
        }
    }

    public ChangeRequest {
        rounds = List.copyOf(rounds);
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Rounds must be numbered 1, 2, ... in order");
            }
            if (i < rounds.size() - 1 && rounds.get(i).decision() == null) {
                throw new IllegalArgumentException("Only the last round may be undecided");
            }
        }
    }

    /** A ticket without a change request yet. */
    public static ChangeRequest none(long projectId, long issueId) {
        return new ChangeRequest(projectId, issueId, List.of());
    }

    public boolean exists() {
        return !rounds.isEmpty();
    }

    public Optional<Round> current() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** State of the current round; empty when nothing was prepared yet. */
    public Optional<State> state() {
        return current().map(Round::state);
    }

    /**
     * The approved round whose estimate is in force: the last approved round unless a later round was rejected.
     */
    public Optional<Round> approvedInForce() {
        Round approved = null;
        for (Round r : rounds) {
            if (r.state() == State.APPROVED) {
                approved = r;
            } else if (r.state() == State.REJECTED) {
                approved = null;
            }
        }
        return Optional.ofNullable(approved);
    }

    /** The intervals of work starts that count as change-request work, in order. */
    public List<Window> windows() {
        List<Window> windows = new ArrayList<>();
        Instant open = null;
        for (Round r : rounds) {
            State s = r.state();
            if (s == State.APPROVED && open == null) {
                open = r.decision().at();
            } else if (s == State.REJECTED && open != null) {
                windows.add(new Window(open, r.decision().at()));
                open = null;
            }
        }
        if (open != null) {
            windows.add(new Window(open, null));
        }
        return windows;
    }

    /** Whether work starting at {@code start} is change-request work (billed outside the contingent). */
    public boolean coversWorkStartingAt(Instant start) {
        for (Window w : windows()) {
            if (w.covers(start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the estimate: edits the current draft, or starts a new round after a decision (a revised estimate).
     *
     * @throws StateConflict while a round waits for the customer's decision
     */
    public ChangeRequest prepare(Estimate estimate, String by, Instant now) {
        Optional<State> state = state();
        List<Round> next = new ArrayList<>(rounds);
        if (state.isEmpty() || state.get() != State.DRAFT && state.get() != State.SUBMITTED) {
            next.add(new Round(rounds.size() + 1, estimate, by, now, null, null, null, null));
        } else if (state.get() == State.DRAFT) {
            next.set(next.size() - 1, new Round(rounds.size(), estimate, by, now, null, null, null, null));
        } else {
            throw new StateConflict("changeRequest.awaitingDecision",
                    "The estimate waits for the customer's decision; withdraw it before changing it");
        }
        return new ChangeRequest(projectId, issueId, next);
    }

    /** @throws StateConflict unless the current round is a draft */
    public ChangeRequest submit(String by, Instant now) {
        Round round = requireState(State.DRAFT, "changeRequest.notDraft", "Only a prepared estimate can be submitted");
        return replaceCurrent(round.submitted(by, now));
    }

    /** The agent takes back a submitted round before the customer decided. */
    public ChangeRequest withdraw(String by, Instant now, String comment) {
        Round round = requireState(State.SUBMITTED, "changeRequest.notSubmitted",
                "Only an estimate waiting for a decision can be withdrawn");
        return replaceCurrent(round.decided(new Decision(State.WITHDRAWN, by, false, now, comment)));
    }

    /**
     * The customer's decision on the submitted round (through a link, or recorded by a Jira user on their behalf).
     *
     * @throws StateConflict unless a round waits for a decision
     */
    public ChangeRequest decide(boolean approve, String by, boolean viaLink, Instant now, String comment) {
        Round round = requireState(State.SUBMITTED, "changeRequest.notSubmitted",
                "No estimate of this change request waits for a decision");
        return replaceCurrent(round.decided(
                new Decision(approve ? State.APPROVED : State.REJECTED, by, viaLink, now, comment)));
    }

    /**
     * Whether change-request work of {@code minutesToDate} reaches the approved estimate in force for the first time
     * in its round (the 100 % alert is due).
     */
    public boolean estimateReachedNow(Minutes minutesToDate) {
        Optional<Round> approved = approvedInForce();
        return approved.isPresent() && approved.get().estimateReachedAt() == null
                && minutesToDate.compareTo(approved.get().estimate().minutes()) >= 0;
    }

    /** Marks the 100 % alert of the approved round in force as sent. */
    public ChangeRequest estimateReached(Instant now) {
        Round approved = approvedInForce().orElseThrow(() -> new IllegalStateException("No approved estimate"));
        List<Round> next = new ArrayList<>(rounds);
        next.set(approved.number() - 1, approved.reachedAt(now));
        return new ChangeRequest(projectId, issueId, next);
    }

    /** Used minutes to date as a whole percentage of the approved estimate in force, rounded down; empty without. */
    public Optional<Integer> percentOfEstimate(Minutes minutesToDate) {
        return approvedInForce().map(r -> (int) Math.min(Integer.MAX_VALUE,
                minutesToDate.toLong() * 100 / r.estimate().minutes().toLong()));
    }

    private Round requireState(State expected, String code, String message) {
        Round round = current().orElseThrow(() -> new StateConflict("changeRequest.none",
                "This ticket has no change request"));
        if (round.state() != expected) {
            throw new StateConflict(code, message);
        }
        return round;
    }

    private ChangeRequest replaceCurrent(Round round) {
        List<Round> next = new ArrayList<>(rounds);
        next.set(next.size() - 1, round);
        return new ChangeRequest(projectId, issueId, next);
    }
}

package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The billing record of one Jira worklog. The raw time is always kept next to the billed (rounded) time.
 * The level is the ticket's level when the work was logged; only an explicit correction changes it.
 *
 * @param month billing month: the local date of {@code start} in the contract's zone
 * @param suspended work started while support for the level was suspended: reported apart, never billed
 * @param changeRequest work on an approved change request: billed on its own line, outside the contingent (it wins
 *        over a suspension, which concerns only the contingent)
 * @param updated the worklog's last-modified time in the source; orders events so a stale one cannot win
 */
public record Booking(
        long worklogId,
        long issueId,
        long projectId,
        String authorKey,
        Instant start,
        long rawSeconds,
        long billedSeconds,
        SupportLevel level,
        YearMonth month,
        State state,
        boolean suspended,
        Instant updated,
        boolean changeRequest) {

    public enum State { ACTIVE, DELETED }

    public Booking {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updated, "updated");
        if (rawSeconds < 0) {
            throw new IllegalArgumentException("Raw seconds must not be negative: " + rawSeconds);
        }
        if (billedSeconds <= 0 || billedSeconds % 60 != 0) {
            throw new IllegalArgumentException("Billed seconds must be whole positive minutes: " + billedSeconds);
        }
    }

    /** Normal support work (not on a change request). */
    public Booking(long worklogId, long issueId, long projectId, String authorKey, Instant start, long rawSeconds,
            long billedSeconds, SupportLevel level, YearMonth month, State state, boolean suspended, Instant updated) {
        this(worklogId, issueId, projectId, authorKey, start, rawSeconds, billedSeconds, level, month, state,
                suspended, updated, false);
    }

    /**
     * An active booking whose billed time and month follow the contract: rounding of the terms in force for the
     * start's month, month of the start in the contract's zone.
     *
     * @throws IllegalArgumentException if no terms are in force for that month
     */
    public static Booking of(long worklogId, long issueId, String authorKey, Instant start, long rawSeconds,
            SupportLevel level, Contract contract, boolean suspended, Instant updated) {
        YearMonth month = contract.monthOf(start);
        Terms terms = contract.termsFor(month).orElseThrow(() -> new IllegalArgumentException(
                "No terms in force for " + month + " in project " + contract.projectId()));
        return new Booking(worklogId, issueId, contract.projectId(), authorKey, start, rawSeconds,
                terms.rounding().billedSeconds(rawSeconds), level, month, State.ACTIVE, suspended, updated);
    }

    /** The billed time in whole minutes (billed seconds are always whole minutes). */
    public Minutes billedMinutes() {
        return Minutes.of(billedSeconds / 60);
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /** Active work that is neither suspended nor change-request work; only this consumes contingent. */
    public boolean consumesContingent() {
        return isActive() && !suspended && !changeRequest;
    }

    /** Active work on an approved change request. */
    public boolean isChangeRequestWork() {
        return isActive() && changeRequest;
    }

    /** Active suspended work that is not change-request work: reported apart, never billed. */
    public boolean isSuspendedWork() {
        return isActive() && suspended && !changeRequest;
    }

    public Booking withLevel(SupportLevel newLevel) {
        return new Booking(worklogId, issueId, projectId, authorKey, start, rawSeconds, billedSeconds, newLevel,
                month, state, suspended, updated, changeRequest);
    }

    public Booking withSuspended(boolean value) {
        return new Booking(worklogId, issueId, projectId, authorKey, start, rawSeconds, billedSeconds, level,
                month, state, value, updated, changeRequest);
    }

    public Booking withChangeRequest(boolean value) {
        return new Booking(worklogId, issueId, projectId, authorKey, start, rawSeconds, billedSeconds, level,
                month, state, suspended, updated, value);
    }

    public Booking asDeleted() {
        return new Booking(worklogId, issueId, projectId, authorKey, start, rawSeconds, billedSeconds, level,
                month, State.DELETED, suspended, updated, changeRequest);
    }
}

package de.tieredsupport.contingent.service;

/**
 * What the host should do with the worklog after an event.
 *
 * @param rawSeconds the worklog's raw time as booked (kept even after the worklog was rewritten)
 * @param billedSeconds the rounded time
 * @param rewriteWorklog true if the host should set the worklog's time spent to {@code billedSeconds}; false when
 *        it already is on the increment, the event was ignored, or the project has no contract
 * @param recorded true if the event was applied to (or confirmed) a booking; false if ignored
 */
public record RoundingDecision(long rawSeconds, long billedSeconds, boolean rewriteWorklog, boolean recorded) {

    /** Nothing recorded, nothing to rewrite (no contract, stale or unknown worklog). */
    public static RoundingDecision notRecorded(long seconds) {
        return new RoundingDecision(seconds, seconds, false, false);
    }
}

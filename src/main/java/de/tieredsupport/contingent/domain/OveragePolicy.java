package de.tieredsupport.contingent.domain;

/** What happens to usage beyond the available contingent of a level. */
public enum OveragePolicy {
    /** Default: overage is reported ("over contingent, needs customer decision") but not billed. */
    NOT_BILLED,
    /** Overage is billed at the level's hourly rate. */
    BILLED_AT_RATE
}

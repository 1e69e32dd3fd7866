package de.tieredsupport.contingent.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision link sent to one decision maker when a level's usage crossed the decision threshold: bound to the
 * contract (project), month, level and the minutes available when it was issued; single use; valid until the end
 * of its month. Of the token only its hash is kept. {@code outcome} is what was decided for this level and month
 * (through any link or by a manager), shared by every link of the same request.
 */
public record DecisionLink(String tokenHash, long projectId, YearMonth month, SupportLevel level,
        long availableMinutes, DecisionMaker maker, Instant issuedAt, Instant expiresAt, Instant usedAt,
        Outcome outcome) {

    /** What was decided for the level and month. */
    public enum Kind { TOP_UP, SUSPEND }

    /**
     * @param minutes the top-up's minutes; 0 for a suspension
     * @param decidedBy the decision maker's name (via link) or the manager's user key
     * @param viaLink whether the customer decided through a link
     */
    public record Outcome(Kind kind, long minutes, String decidedBy, boolean viaLink, Instant at) {

        public Outcome {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(at, "at");
        }
    }

    public DecisionLink {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A fresh link for one decision maker, expiring when its month ends in the contract's zone. */
    public static DecisionLink issue(String tokenHash, Contract contract, YearMonth month, SupportLevel level,
            long availableMinutes, DecisionMaker maker, Instant now) {
        return new DecisionLink(tokenHash, contract.projectId(), month, level, availableMinutes, maker, now,
                contract.billingMonth(month).end(), null, null);
    }

    public Optional<Outcome> decided() {
        return Optional.ofNullable(outcome);
    }

    /** Not used by its own holder and not expired: it may still show a page. */
    public boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public DecisionLink usedAt(Instant at) {
        return new DecisionLink(tokenHash, projectId, month, level, availableMinutes, maker, issuedAt, expiresAt, at,
                outcome);
    }

    public DecisionLink withOutcome(Outcome decided) {
        return new DecisionLink(tokenHash, projectId, month, level, availableMinutes, maker, issuedAt, expiresAt,
                usedAt, decided);
    }
}

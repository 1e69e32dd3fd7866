package de.tieredsupport.contingent.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A link sent to one decision maker when an estimate round of a change request was submitted: bound to the project,
 * the ticket and the round; single use; valid for {@link #VALIDITY} after it was issued and only while its round
 * waits for the decision. Of the token only its hash is kept.
 *
 * @param issueKey the ticket's key when the link was issued, as the mail named it
 * @param usedAt when its holder decided with it; null while unused
 */
public record ChangeRequestLink(String tokenHash, long projectId, long issueId, String issueKey, int round,
        DecisionMaker maker, Instant issuedAt, Instant expiresAt, Instant usedAt) {

    /** How long a link may decide at most. */
    public static final Duration VALIDITY = Duration.ofDays(30);

    public ChangeRequestLink {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (round < 1) {
            throw new IllegalArgumentException("Rounds start at 1: " + round);
        }
    }

    /** A fresh link for one decision maker, expiring {@link #VALIDITY} after {@code now}. */
    public static ChangeRequestLink issue(String tokenHash, long projectId, long issueId, String issueKey, int round,
            DecisionMaker maker, Instant now) {
        return new ChangeRequestLink(tokenHash, projectId, issueId, issueKey, round, maker, now, now.plus(VALIDITY),
                null);
    }

    /** Not used by its holder and not expired by time (whether its round still waits is the change request's). */
    public boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public ChangeRequestLink usedAt(Instant at) {
        return new ChangeRequestLink(tokenHash, projectId, issueId, issueKey, round, maker, issuedAt, expiresAt, at);
    }
}

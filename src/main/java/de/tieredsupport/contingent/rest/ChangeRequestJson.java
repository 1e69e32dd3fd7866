package de.tieredsupport.contingent.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.service.ChangeRequests;

/**
 * A ticket's change request: its {@code state} (null before anything was prepared), every estimate round oldest
 * first, the approved round in force and a pending revision (round numbers), the change-request work booked so far
 * and its percentage of the approved estimate. Amounts (the current round's estimate and the approved one, at the
 * rate of their level in force now) only for callers who may see money, otherwise null.
 */
public record ChangeRequestJson(
        @JsonProperty("issueKey") String issueKey,
        @JsonProperty("category") String category,
        @JsonProperty("state") String state,
        @JsonProperty("rounds") List<RoundJson> rounds,
        @JsonProperty("inForceRound") Integer inForceRound,
        @JsonProperty("pendingRevisionRound") Integer pendingRevisionRound,
        @JsonProperty("minutesToDate") long minutesToDate,
        @JsonProperty("percentOfEstimate") Integer percentOfEstimate,
        @JsonProperty("incrementMinutes") int incrementMinutes,
        @JsonProperty("currency") String currency,
        @JsonProperty("estimatedAmount") BigDecimal estimatedAmount,
        @JsonProperty("amountInForce") BigDecimal amountInForce,
        @JsonProperty("mayPrepare") boolean mayPrepare,
        @JsonProperty("mayDecide") boolean mayDecide) {

    /** One estimate round; times ISO-8601; {@code preparedByName} and the decision's {@code byName} for people. */
    public record RoundJson(
            @JsonProperty("number") int number,
            @JsonProperty("state") String state,
            @JsonProperty("scope") String scope,
            @JsonProperty("estimateMinutes") long estimateMinutes,
            @JsonProperty("level") String level,
            @JsonProperty("preparedBy") String preparedBy,
            @JsonProperty("preparedByName") String preparedByName,
            @JsonProperty("preparedAt") String preparedAt,
            @JsonProperty("submittedAt") String submittedAt,
            @JsonProperty("decision") DecisionJson decision) {
    }

    /**
     * A decision: {@code viaLink} true when a decision maker decided through the link ({@code by} is then their
     * name), false when a Jira user recorded it ({@code by} their user key) or withdrew the round.
     */
    public record DecisionJson(
            @JsonProperty("outcome") String outcome,
            @JsonProperty("by") String by,
            @JsonProperty("byName") String byName,
            @JsonProperty("viaLink") boolean viaLink,
            @JsonProperty("at") String at,
            @JsonProperty("comment") String comment) {
    }

    static ChangeRequestJson of(ChangeRequests.View view, UnaryOperator<String> displayNames) {
        List<RoundJson> rounds = view.changeRequest().rounds().stream().map(r -> round(r, displayNames)).toList();
        Money anyAmount = view.estimatedAmount() != null ? view.estimatedAmount() : view.amountInForce();
        return new ChangeRequestJson(view.issueKey(), view.category().key(),
                view.state().map(Enum::name).orElse(null), rounds,
                view.inForce().map(ChangeRequest.Round::number).orElse(null),
                view.pendingRevision().map(ChangeRequest.Round::number).orElse(null),
                view.minutesToDate(), view.percentOfEstimate(), view.incrementMinutes(),
                anyAmount == null ? null : anyAmount.currency().getCurrencyCode(),
                view.estimatedAmount() == null ? null : view.estimatedAmount().amount(),
                view.amountInForce() == null ? null : view.amountInForce().amount(),
                view.mayPrepare(), view.mayDecide());
    }

    private static RoundJson round(ChangeRequest.Round r, UnaryOperator<String> names) {
        ChangeRequest.Decision d = r.decision();
        DecisionJson decision = d == null ? null
                : new DecisionJson(d.outcome().name(), d.by(), d.viaLink() ? d.by() : names.apply(d.by()),
                        d.viaLink(), iso(d.at()), d.comment());
        return new RoundJson(r.number(), r.state().name(), r.estimate().scope(), r.estimate().minutes().toLong(),
                r.estimate().level().key(), r.preparedBy(), names.apply(r.preparedBy()), iso(r.preparedAt()),
                iso(r.submittedAt()), decision);
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}

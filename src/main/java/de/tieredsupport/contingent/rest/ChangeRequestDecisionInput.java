package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST …/change-request/decision} ({@code approve} true or false, and the {@code comment} saying who
 * decided and how) and of {@code POST …/change-request/withdraw} ({@code comment} only, optional).
 */
public final class ChangeRequestDecisionInput {

    final Boolean approve;
    final String comment;

    @JsonCreator
    public ChangeRequestDecisionInput(@JsonProperty("approve") Boolean approve,
            @JsonProperty("comment") String comment) {
        this.approve = approve;
        this.comment = comment;
    }
}

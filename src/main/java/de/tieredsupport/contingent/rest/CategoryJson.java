package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.service.ChangeRequestCategory;

/**
 * A ticket's request category after a change: the {@code category} key now, the {@code previous} one (QUESTION for
 * a ticket without a category) and whether anything was {@code changed}.
 */
public record CategoryJson(
        @JsonProperty("issueKey") String issueKey,
        @JsonProperty("category") String category,
        @JsonProperty("previous") String previous,
        @JsonProperty("changed") boolean changed) {

    static CategoryJson of(ChangeRequestCategory.Result result) {
        return new CategoryJson(result.issueKey(), result.category().key(), result.previous().key(),
                result.changed());
    }
}

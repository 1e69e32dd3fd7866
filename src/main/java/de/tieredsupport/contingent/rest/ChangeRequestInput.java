package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /projects/{projectKey}/issues/{issueKey}/change-request}: the {@code scope}, the
 * {@code estimateMinutes} and the implementation {@code level} (L1, L2, L3; the 3rd level when left out).
 */
public final class ChangeRequestInput {

    final String scope;
    final Long estimateMinutes;
    final String level;

    @JsonCreator
    public ChangeRequestInput(@JsonProperty("scope") String scope,
            @JsonProperty("estimateMinutes") Long estimateMinutes, @JsonProperty("level") String level) {
        this.scope = scope;
        this.estimateMinutes = estimateMinutes;
        this.level = level;
    }
}

package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /projects/{projectKey}/suspensions} and {@code .../suspensions/resume}: {@code level} (L1, L2,
 * L3, or absent/null for all levels) and, when suspending, a {@code reason}.
 */
public final class SuspensionInput {

    final String level;
    final String reason;

    @JsonCreator
    public SuspensionInput(@JsonProperty("level") String level, @JsonProperty("reason") String reason) {
        this.level = level;
        this.reason = reason;
    }
}

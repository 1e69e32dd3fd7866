package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PUT /projects/{projectKey}/bookings/{worklogId}/level}: the new {@code level} and a {@code reason}. */
public final class LevelCorrectionInput {

    final String level;
    final String reason;

    @JsonCreator
    public LevelCorrectionInput(@JsonProperty("level") String level, @JsonProperty("reason") String reason) {
        this.level = level;
        this.reason = reason;
    }
}

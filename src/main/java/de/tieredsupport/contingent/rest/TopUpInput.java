package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /projects/{projectKey}/months/{month}/top-ups}: {@code level}, {@code minutes}, {@code reason}. */
public final class TopUpInput {

    final String level;
    final Long minutes;
    final String reason;

    @JsonCreator
    public TopUpInput(@JsonProperty("level") String level, @JsonProperty("minutes") Long minutes,
            @JsonProperty("reason") String reason) {
        this.level = level;
        this.minutes = minutes;
        this.reason = reason;
    }
}

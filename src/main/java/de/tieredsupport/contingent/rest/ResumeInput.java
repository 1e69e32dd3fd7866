package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /projects/{projectKey}/suspensions/resume}: {@code level}, or absent/null for all levels. */
public final class ResumeInput {

    final String level;

    @JsonCreator
    public ResumeInput(@JsonProperty("level") String level) {
        this.level = level;
    }
}

package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Body of {@code POST /projects/{projectKey}/months/{month}/close}: nothing, or {@code {}}; any field is unknown. */
public final class CloseInput {

    @JsonCreator
    public CloseInput() {
        // no fields
    }
}

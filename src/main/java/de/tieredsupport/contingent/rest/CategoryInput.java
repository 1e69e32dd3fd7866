package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PUT /projects/{projectKey}/issues/{issueKey}/category}: the new {@code category} key. */
public final class CategoryInput {

    final String category;

    @JsonCreator
    public CategoryInput(@JsonProperty("category") String category) {
        this.category = category;
    }
}

package de.tieredsupport.contingent.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Every error answer: {@code {"errors": [{"field": "levels.L2.rateAmount", "message": "..."}]}}. */
public final class ErrorBody {

    private final List<Item> errors;

    @JsonCreator
    public ErrorBody(@JsonProperty("errors") List<Item> errors) {
        this.errors = List.copyOf(errors);
    }

    @JsonProperty("errors")
    public List<Item> errors() {
        return errors;
    }

    /** One problem; {@code field} is null when the problem is not about one input field. */
    public static final class Item {

        private final String field;
        private final String message;

        @JsonCreator
        public Item(@JsonProperty("field") String field, @JsonProperty("message") String message) {
            this.field = field;
            this.message = message;
        }

        @JsonProperty("field")
        public String field() {
            return field;
        }

        @JsonProperty("message")
        public String message() {
            return message;
        }
    }
}

package de.tieredsupport.contingent.domain;

import java.util.List;
import java.util.Objects;

/**
 * One validation problem: the offending field as a path ({@code "levels.L2.rateAmount"},
 * {@code "thresholds[1]"}), a stable code for translations, the arguments of the message, and an English default
 * message.
 */
public record Violation(String field, String code, List<Object> arguments, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
    }
}

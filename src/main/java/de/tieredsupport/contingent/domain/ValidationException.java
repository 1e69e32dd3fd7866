package de.tieredsupport.contingent.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Invalid input: carries every problem found, never only the first one. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A validation exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String code, String message, Object... arguments) {
        return new ValidationException(List.of(new Violation(field, code, List.of(arguments), message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message() + " [" + v.code() + "]")
                .collect(Collectors.joining("; "));
    }
}

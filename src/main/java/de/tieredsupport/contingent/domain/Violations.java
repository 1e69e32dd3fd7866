package de.tieredsupport.contingent.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while validating a whole input, so the user sees every problem at once. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String code, String message, Object... arguments) {
        list.add(new Violation(field, code, List.of(arguments), message));
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}

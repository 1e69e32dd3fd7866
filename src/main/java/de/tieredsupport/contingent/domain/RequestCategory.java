package de.tieredsupport.contingent.domain;

import java.util.Optional;

/**
 * What a ticket asks for: a question (the default while the ticket has no category), a defect or a change request.
 * {@link #key()} is exchanged over REST; {@link #fieldValue()} is what Jira's "Request category" field stores and
 * JQL compares ({@code "Request category" = "Change request"}). Both must never change.
 */
public enum RequestCategory {
    QUESTION("QUESTION", "Question"),
    DEFECT("DEFECT", "Defect"),
    CHANGE_REQUEST("CHANGE_REQUEST", "Change request");

    /** The category of a ticket whose field is unset. */
    public static final RequestCategory DEFAULT = QUESTION;

    private final String key;
    private final String fieldValue;

    RequestCategory(String key, String fieldValue) {
        this.key = key;
        this.fieldValue = fieldValue;
    }

    /** Stable key, e.g. {@code "CHANGE_REQUEST"}. */
    public String key() {
        return key;
    }

    /** Stored field value and English label, e.g. {@code "Change request"}. */
    public String fieldValue() {
        return fieldValue;
    }

    /** Exact, case-sensitive lookup by key; empty for null or unknown keys. */
    public static Optional<RequestCategory> fromKey(String key) {
        for (RequestCategory category : values()) {
            if (category.key.equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** Exact, case-sensitive lookup by stored field value; empty for null or unknown values. */
    public static Optional<RequestCategory> fromFieldValue(String value) {
        for (RequestCategory category : values()) {
            if (category.fieldValue.equals(value)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /**
     * Lookup for user input by key: a missing or unknown key becomes a {@link ValidationException} on {@code field}
     * (codes {@code category.required}, {@code category.unknown}), so callers can report it as a bad request. The
     * message quotes at most 40 characters of the input.
     */
    public static RequestCategory parse(String key, String field) {
        if (key == null) {
            throw ValidationException.of(field, "category.required",
                    "A request category (QUESTION, DEFECT or CHANGE_REQUEST) is required");
        }
        String shown = key.length() > 40 ? key.substring(0, 40) + "..." : key;
        return fromKey(key).orElseThrow(() -> ValidationException.of(field, "category.unknown",
                "Unknown request category '" + shown + "'; expected one of QUESTION, DEFECT, CHANGE_REQUEST", shown));
    }
}

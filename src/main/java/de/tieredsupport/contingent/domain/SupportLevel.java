package de.tieredsupport.contingent.domain;

import java.util.Optional;

/**
 * The three support tiers of a contract. The set is fixed; declaration order is the display and billing order.
 * {@link #key()} is stored and exchanged (REST, database, custom field), so it must never change.
 */
public enum SupportLevel {
    L1("L1", "1st level"),
    L2("L2", "2nd level"),
    L3("L3", "3rd level");

    private final String key;
    private final String displayName;

    SupportLevel(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** Stable key, e.g. {@code "L2"}. */
    public String key() {
        return key;
    }

    /** English default label, e.g. {@code "2nd level"}; the UI translates through i18n. */
    public String displayName() {
        return displayName;
    }

    /** Exact, case-sensitive lookup by stable key; empty for null or unknown keys. */
    public static Optional<SupportLevel> fromKey(String key) {
        for (SupportLevel level : values()) {
            if (level.key.equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Lookup for user input: an unknown key becomes a {@link ValidationException} on {@code field},
     * so callers can report it as a bad request.
     */
    public static SupportLevel parse(String key, String field) {
        return fromKey(key).orElseThrow(() -> ValidationException.of(field, "level.unknown",
                "Unknown support level '" + key + "'; expected one of L1, L2, L3", String.valueOf(key)));
    }
}

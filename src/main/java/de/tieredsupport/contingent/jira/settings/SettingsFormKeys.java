package de.tieredsupport.contingent.jira.settings;

import java.util.UUID;

/**
 * One idempotency key per form of the settings page, generated when the page is rendered. The page's script sends a
 * form's key with its submit (header {@code Idempotency-Key}), so a submit that reaches the server twice is stored
 * once.
 */
public record SettingsFormKeys(String terms, String topUp, String suspend, String resume) {

    /** Random keys (UUIDs from a secure random source: not guessable by another user). */
    static SettingsFormKeys fresh() {
        return new SettingsFormKeys(key(), key(), key(), key());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}

package de.tieredsupport.contingent.rest;

import java.util.List;
import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Texts in the language of the request's user, from the plugin's i18n bundles (which Jira's {@link I18nHelper}
 * includes). A key the bundles lack falls back to the given English text.
 */
@Named
public final class Messages {

    static final String PREFIX = "support-contingent.";

    private final JiraAuthenticationContext authentication;

    @Inject
    public Messages(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The request user's language. */
    public Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The text of a full key (any prefix) with {@code {0}}-style arguments; the key itself if it is missing. */
    public String fullKeyText(String fullKey, Object... arguments) {
        I18nHelper i18n = authentication.getI18nHelper();
        String text = i18n == null ? null : i18n.getText(fullKey, (Object) arguments);
        return text == null ? fullKey : text;
    }

    /** The text of {@code support-contingent.<key>} with {@code {0}}-style arguments, or {@code fallback}. */
    public String text(String key, List<?> arguments, String fallback) {
        String fullKey = PREFIX + key;
        try {
            I18nHelper i18n = authentication.getI18nHelper();
            if (i18n == null) {
                return fallback;
            }
            String text = i18n.getText(fullKey, (Object) arguments.toArray());
            return text == null || text.isBlank() || text.equals(fullKey) ? fallback : text;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}

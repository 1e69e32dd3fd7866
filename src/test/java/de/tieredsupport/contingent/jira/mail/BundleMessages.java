package de.tieredsupport.contingent.jira.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The plugin's own message bundles as a {@link AlertMailComposer.Messages} source, resolved like Jira does for a
 * plugin's i18n resource: the language file over the base file, formatted with {@link MessageFormat}. Unknown keys
 * fail, so a test catches a key that is used but missing.
 */
final class BundleMessages implements AlertMailComposer.Messages {

    private static final Path BASE = Paths.get("src/main/resources/i18n/support-contingent.properties");

    private final Properties messages;
    private final Locale locale;

    private BundleMessages(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static BundleMessages english() {
        return new BundleMessages(load(BASE), Locale.ENGLISH);
    }

    static BundleMessages german() {
        Properties merged = load(BASE);
        merged.putAll(load(Paths.get("src/main/resources/i18n/support-contingent_de.properties")));
        return new BundleMessages(merged, Locale.GERMAN);
    }

    static BundleMessages forLocale(Locale locale) {
        return "de".equals(locale.getLanguage()) ? german() : english();
    }

    Properties properties() {
        return messages;
    }

    @Override
    public String text(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("No message for " + key, getClass().getName(), key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

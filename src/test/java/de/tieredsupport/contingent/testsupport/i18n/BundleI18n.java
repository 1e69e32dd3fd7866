package de.tieredsupport.contingent.testsupport.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.atlassian.jira.util.I18nHelper;

/**
 * Jira's translation lookup over the plugin's own message bundles, as Jira does it for an enabled plugin:
 * {@link MessageFormat} patterns, the key itself for a missing message.
 */
public final class BundleI18n implements I18nHelper {

    private final Locale locale;
    private final ResourceBundle bundle;

    /** The plugin's bundle from the test class path. */
    public BundleI18n(Locale locale) {
        this(locale, "i18n.support-contingent", BundleI18n.class.getClassLoader());
    }

    /** A resource bundle by base name through a class loader, e.g. the plugin bundle's. */
    public BundleI18n(Locale locale, String baseName, ClassLoader loader) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public String getText(String key) {
        return format(key);
    }

    @Override
    public String getText(String key, String value1) {
        return format(key, value1);
    }

    @Override
    public String getText(String key, String value1, String value2) {
        return format(key, value1, value2);
    }

    @Override
    public String getText(String key, Object parameters) {
        if (parameters instanceof Object[] array) {
            return format(key, array);
        }
        if (parameters instanceof Collection<?> list) {
            return format(key, list.toArray());
        }
        return format(key, parameters);
    }

    private String format(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

/**
 * Fake of Jira's {@link I18nHelper.BeanFactory}: translations from the i18n resource of the enabled plugin
 * ({@link #addPluginResource}, read through the plugin bundle's class loader as Jira reads plugin i18n resources),
 * in a given locale or in a sandbox user's language. Jira would also know its own messages; the plugin asks only for
 * its own keys.
 */
public final class FakeI18nFactory implements I18nHelper.BeanFactory {

    private volatile String baseName;
    private volatile ClassLoader loader;

    /**
     * The {@code <resource type="i18n" location="…">} of an enabled plugin; the location is a resource bundle base
     * name (slashes or dots), loaded through the plugin's class loader.
     */
    public void addPluginResource(String location, ClassLoader pluginLoader) {
        this.baseName = location.replace('/', '.');
        this.loader = pluginLoader;
    }

    @Override
    public I18nHelper getInstance(Locale locale) {
        if (loader == null) {
            throw new IllegalStateException("no plugin i18n resource is registered yet");
        }
        return new BundleI18n(locale, baseName, loader);
    }

    @Override
    public I18nHelper getInstance(ApplicationUser user) {
        return getInstance(user instanceof FakeUser fake ? fake.locale() : Locale.ENGLISH);
    }
}

package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

/**
 * Fake of Jira's {@link I18nHelper.BeanFactory}: translations from the plugin's own bundles, in a given locale or
 * in a sandbox user's language. Jira would also know its own messages; the plugin asks only for its own keys.
 */
public final class FakeI18nFactory implements I18nHelper.BeanFactory {

    @Override
    public I18nHelper getInstance(Locale locale) {
        return new BundleI18n(locale);
    }

    @Override
    public I18nHelper getInstance(ApplicationUser user) {
        return new BundleI18n(user instanceof FakeUser fake ? fake.locale() : Locale.ENGLISH);
    }
}

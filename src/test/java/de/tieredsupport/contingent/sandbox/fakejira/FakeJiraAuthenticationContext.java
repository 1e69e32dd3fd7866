package de.tieredsupport.contingent.sandbox.fakejira;

import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Fake of Jira's {@link JiraAuthenticationContext}: the logged-in user is the caller {@link FakeLogin} resolved,
 * in that user's language (English for anonymous callers); translations come from the plugin's own bundles.
 */
public final class FakeJiraAuthenticationContext implements JiraAuthenticationContext {

    private final FakeLogin login;

    public FakeJiraAuthenticationContext(FakeLogin login) {
        this.login = login;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return login.currentUser();
    }

    @Override
    public Locale getLocale() {
        ApplicationUser user = login.currentUser();
        return user instanceof FakeUser fake ? fake.locale() : Locale.ENGLISH;
    }

    @Override
    public I18nHelper getI18nHelper() {
        return new BundleI18n(getLocale());
    }
}

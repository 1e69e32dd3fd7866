package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Fake of Jira's {@link JiraAuthenticationContext}: the logged-in user is the caller {@link FakeLogin} resolved,
 * in that user's language (English for anonymous callers); translations come from the plugin's i18n resource
 * ({@link FakeI18nFactory}).
 */
public final class FakeJiraAuthenticationContext implements JiraAuthenticationContext {

    private final FakeLogin login;
    private final FakeI18nFactory i18n;

    public FakeJiraAuthenticationContext(FakeLogin login, FakeI18nFactory i18n) {
        this.login = login;
        this.i18n = i18n;
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
        return i18n.getInstance(getLocale());
    }
}

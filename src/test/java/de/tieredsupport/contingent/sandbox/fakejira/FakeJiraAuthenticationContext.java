package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Fake of Jira's {@link JiraAuthenticationContext}: the logged-in user is the caller {@link FakeLogin} resolved;
 * every sandbox user reads English. No translations are offered ({@link #getI18nHelper()} is not faked yet).
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
        return Locale.ENGLISH;
    }

    @Override
    public I18nHelper getI18nHelper() {
        throw new UnsupportedOperationException("The sandbox has no I18nHelper yet");
    }
}

package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Locale;
import java.util.Objects;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/**
 * Fake Jira user: one object serves as Jira's {@link ApplicationUser} and as SAL's {@link UserProfile}. In the
 * sandbox the user key equals the user name (as for users created on a fresh Jira).
 */
public final class FakeUser implements ApplicationUser, UserProfile {

    private final String key;
    private final String displayName;
    private final String email;
    private volatile Locale locale = Locale.ENGLISH;

    public FakeUser(String key, String displayName, String email) {
        this.key = Objects.requireNonNull(key, "key");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = Objects.requireNonNull(email, "email");
    }

    /** The user's Jira language (English unless changed). */
    public Locale locale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return key;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getEmailAddress() {
        return email;
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey(key);
    }

    @Override
    public String getFullName() {
        return displayName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FakeUser && ((FakeUser) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}

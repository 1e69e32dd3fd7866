package de.tieredsupport.contingent.sandbox.fakejira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Fake of SAL's {@link UserManager}: the remote user is the one {@link FakeLogin} resolved from the sandbox's
 * user-switcher cookie; admin rights come from {@link FakeGlobalPermissionManager}.
 */
public final class FakeSalUserManager implements UserManager {

    private final FakeUsers users;
    private final FakeLogin login;
    private final FakeGlobalPermissionManager global;

    public FakeSalUserManager(FakeUsers users, FakeLogin login, FakeGlobalPermissionManager global) {
        this.users = users;
        this.login = login;
        this.global = global;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return login.currentUserKey();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        FakeUser user = login.userOf(request);
        return user == null ? null : user.getUserKey();
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return login.userOf(request);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.find(userKey.getStringValue());
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null
                && global.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, users.find(userKey.getStringValue()));
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null
                && global.hasPermission(GlobalPermissionKey.ADMINISTER, users.find(userKey.getStringValue()));
    }
}

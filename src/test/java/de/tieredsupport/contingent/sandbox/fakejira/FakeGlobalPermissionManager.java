package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Set;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;

/** Fake of Jira's global permissions: only the user {@code admin} is Jira administrator and system administrator. */
public final class FakeGlobalPermissionManager implements GlobalPermissionManager {

    private static final Set<GlobalPermissionKey> ADMIN_PERMISSIONS =
            Set.of(GlobalPermissionKey.ADMINISTER, GlobalPermissionKey.SYSTEM_ADMIN);

    @Override
    public boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user) {
        return user != null && FakeUsers.ADMIN.equals(user.getKey()) && ADMIN_PERMISSIONS.contains(permissionKey);
    }
}

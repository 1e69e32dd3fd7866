package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Key of a project permission. As a value type this declaration keeps the evidenced behaviour (holds the key,
 * equality by it) so the permission constants are distinct in tests; at run time Jira's class is used.
 *
 * Evidence: Jira 6.3.15 source turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java
 *   ({@code public final class}, {@code public ProjectPermissionKey(String)}, {@code String permissionKey()}, equals/hashCode on the key);
 *   the package is {@code security.plugin}, not {@code permission}. Used as the parameter type of
 *   PermissionManager.hasPermission by codescape/jira-scrum-poker@bb652fd on 11.3.1.
 * Status: CONFIRMED-11 (type, as parameter of the evidenced calls); constructor and permissionKey() CONFIRMED-9 (6.3 source)
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey && ((ProjectPermissionKey) o).permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}

package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * Key of a global permission. Constants are object fields (read with {@code getstatic}); the values are the real
 * keys so tests see distinct constants, and equality is by key as in Jira.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java
 *   (GlobalPermissionKey.SYSTEM_ADMIN, GlobalPermissionKey.ADMINISTER); Jira 6.3.15 source turgaycelik/mysource@ee01e28a:
 *   jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java
 *   (final class, private constructor, {@code ADMINISTER = new GlobalPermissionKey("ADMINISTER")}, getKey()).
 * Status: CONFIRMED-11 (the two constants); getKey CONFIRMED-9 (6.3 source)
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey && ((GlobalPermissionKey) o).key.equals(key);
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

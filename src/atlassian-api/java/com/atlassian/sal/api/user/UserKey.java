package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * SAL's immutable user key (the same string as Jira's {@code ApplicationUser.getKey()}).
 * As a value type this declaration keeps the evidenced trivial behaviour (holds the string, equality by it) so
 * that tests can build and compare keys; at run time Jira's own class is used.
 *
 * Evidence: decompiled sal-api 5.1.4 (ngannk-fptu/Decompiled-Files, com/atlassian/sal/api/user/UserKey.java):
 *   public final class UserKey implements Serializable, public UserKey(String), String getStringValue(), equals/hashCode
 *   on the value; Jira 11.3.6 plugin mrkhachaturov/jira-mcp-plugin (jakarta rebuild)
 *   src/main/java/com/atlassian/mcp/plugin/rest/AccessControlFilter.java calls getStringValue().
 * Status: CONFIRMED-11 (getStringValue used on 11.3.6); constructor CONFIRMED-9 (SAL 5.1.4)
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}

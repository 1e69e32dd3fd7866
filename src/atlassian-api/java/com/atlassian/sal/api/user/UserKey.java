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
 *   on the value; Jira 10.7.4 (javax) plugin mrkhachaturov/jira-mcp-plugin@b75f2e4
 *   src/main/java/com/atlassian/mcp/plugin/rest/AccessControlFilter.java calls getStringValue().
 * Status: CONFIRMED-11 (getStringValue, constructor) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build):
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java line 97 ({@code new UserKey(userKey)}),
 *   confluence-slack-integration/.../dataprovider/SlackGlobalAdminDataProvider.java line 66 ({@code getRemoteUserKey().getStringValue()}, Platform 8).
 *   The jira-mcp-plugin evidence is a Jira 10.7.4 javax build (CONFIRMED-10).
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

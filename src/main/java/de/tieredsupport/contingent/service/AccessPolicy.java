package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.service.port.UserRights;
import java.util.Objects;

/**
 * The one place that decides who may do what. Managing a contract (terms, top-ups, suspensions, closing months,
 * level corrections) and seeing money need project admin or Jira admin; seeing hours needs browse permission.
 * Anonymous users (null key) may do nothing.
 */
public final class AccessPolicy {

    private final UserRights rights;

    public AccessPolicy(UserRights rights) {
        this.rights = Objects.requireNonNull(rights, "rights");
    }

    public boolean canManage(String userKey, long projectId) {
        return userKey != null && (rights.isJiraAdmin(userKey) || rights.isProjectAdmin(userKey, projectId));
    }

    public boolean canSeeMoney(String userKey, long projectId) {
        return canManage(userKey, projectId);
    }

    public boolean canSeeHours(String userKey, long projectId) {
        return userKey != null && (canManage(userKey, projectId) || rights.canBrowseProject(userKey, projectId));
    }

    public void requireManage(String userKey, long projectId) {
        if (!canManage(userKey, projectId)) {
            throw denied(userKey, "manage the support contract of", projectId);
        }
    }

    public void requireMoney(String userKey, long projectId) {
        if (!canSeeMoney(userKey, projectId)) {
            throw denied(userKey, "see amounts of", projectId);
        }
    }

    public void requireHours(String userKey, long projectId) {
        if (!canSeeHours(userKey, projectId)) {
            throw denied(userKey, "see contingents of", projectId);
        }
    }

    private static AccessDeniedException denied(String userKey, String what, long projectId) {
        return new AccessDeniedException((userKey == null ? "Anonymous users" : "User " + userKey)
                + " may not " + what + " project " + projectId);
    }
}

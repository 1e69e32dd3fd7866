package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.UserRights;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Grants are explicit; everything else is denied. */
public final class InMemoryUserRights implements UserRights {

    private final Set<String> jiraAdmins = ConcurrentHashMap.newKeySet();
    private final Set<String> projectAdmins = ConcurrentHashMap.newKeySet();
    private final Set<String> browsers = ConcurrentHashMap.newKeySet();

    public InMemoryUserRights jiraAdmin(String userKey) {
        jiraAdmins.add(userKey);
        return this;
    }

    public InMemoryUserRights projectAdmin(String userKey, long projectId) {
        projectAdmins.add(userKey + "@" + projectId);
        return this;
    }

    public InMemoryUserRights browser(String userKey, long projectId) {
        browsers.add(userKey + "@" + projectId);
        return this;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        return jiraAdmins.contains(userKey);
    }

    @Override
    public boolean isProjectAdmin(String userKey, long projectId) {
        return projectAdmins.contains(userKey + "@" + projectId);
    }

    @Override
    public boolean canBrowseProject(String userKey, long projectId) {
        return browsers.contains(userKey + "@" + projectId);
    }
}

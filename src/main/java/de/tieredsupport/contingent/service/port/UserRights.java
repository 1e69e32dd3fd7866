package de.tieredsupport.contingent.service.port;

/**
 * Raw permission facts from the host. Decisions are made only in
 * {@link de.tieredsupport.contingent.service.AccessPolicy}. A null user key means anonymous.
 */
public interface UserRights {

    boolean isJiraAdmin(String userKey);

    boolean isProjectAdmin(String userKey, long projectId);

    boolean canBrowseProject(String userKey, long projectId);
}

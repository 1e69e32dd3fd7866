package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.service.port.UserRights;
import java.util.Objects;

/**
 * The one place that decides who may do what. Managing a contract (terms, top-ups, suspensions, closing months,
 * level corrections) and seeing money need project admin or Jira admin; seeing hours needs browse permission.
 * Contact addresses, reasons and carry-over caps ({@link #canSeeDetails}) are for those who manage the contract.
 * Agents, i.e. everyone with browse permission, classify tickets ({@link #canChangeCategory}).
 * Anonymous users (null key) may do nothing.
 * <p>
 * The {@code require…} guards come first in every use case, before anything is looked up: a caller who may not see
 * the project gets {@link ProjectNotVisibleException} (answered like an unknown project), a caller who sees it but
 * lacks the right gets {@link AccessDeniedException}. Neither depends on what the project holds.
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

    /**
     * Alert recipients' addresses, the reasons of top-ups and suspensions, who decided them, and carry-over caps:
     * contract details for those who manage the contract, not for everyone who browses the project.
     */
    public boolean canSeeDetails(String userKey, long projectId) {
        return canManage(userKey, projectId);
    }

    /** Setting a ticket's request category: the agents working on the project's tickets. */
    public boolean canChangeCategory(String userKey, long projectId) {
        return canSeeHours(userKey, projectId);
    }

    /** @throws ProjectNotVisibleException unless {@link #canChangeCategory} (or anonymous) */
    public void requireCategoryChange(String userKey, long projectId) {
        if (!canChangeCategory(userKey, projectId)) {
            throw new ProjectNotVisibleException();
        }
    }

    /**
     * @throws ProjectNotVisibleException without browse permission
     * @throws AccessDeniedException with browse permission but neither project admin nor Jira admin
     */
    public void requireManage(String userKey, long projectId) {
        requireHours(userKey, projectId);
        if (!canManage(userKey, projectId)) {
            throw new AccessDeniedException("You may not manage the support contract of this project");
        }
    }

    /**
     * @throws ProjectNotVisibleException without browse permission
     * @throws AccessDeniedException with browse permission but without the right to see money
     */
    public void requireMoney(String userKey, long projectId) {
        requireHours(userKey, projectId);
        if (!canSeeMoney(userKey, projectId)) {
            throw new AccessDeniedException("You may not see the amounts of this project");
        }
    }

    /** @throws ProjectNotVisibleException without browse permission (or anonymous) */
    public void requireHours(String userKey, long projectId) {
        if (!canSeeHours(userKey, projectId)) {
            throw new ProjectNotVisibleException();
        }
    }
}

package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * System project permission keys. The constants are object fields read with {@code getstatic} at run time (not
 * inlined), so the field name and the field type {@code ProjectPermissionKey} must match; the values here are the
 * real keys so tests see distinct constants.
 *
 * Evidence: Jira 11.3.1 plugin codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java
 *   and helper/UserHasProjectAdministrationPermission.java (BROWSE_PROJECTS, ADMINISTER_PROJECTS); Jira 6.3.15 source
 *   turgaycelik/mysource@ee01e28a:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/ProjectPermissions.java
 *   (values {@code new ProjectPermissionKey("BROWSE_PROJECTS")} etc.).
 * Status: CONFIRMED-11
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    private ProjectPermissions() {
    }
}

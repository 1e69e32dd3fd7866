package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access level: Anyone, including anonymous users, whatever the site settings (not for this plugin's data; declared for completeness of the access model).
 * Read by the REST module at run time, so RUNTIME retention is mandatory. The plugin's resources check project
 * permissions in code; these annotations only set the coarse access level.
 *
 * Evidence: Jira 11 plugin alanmosely/basic-jira-development-panels (jakarta 2.x line) src/main/java/com/alanmosely/jira/plugin/api/PullRequestResource.java (@UnrestrictedAccess on a jakarta.ws.rs @POST method); semantics: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * Status: CONFIRMED-11 (package, name, use on a resource class and on a method) — atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build) jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/PluginInfoResource.java line 16
 *   (class), slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/rest/SlackWebHookResource.java line 100 (method); retention/targets INFERRED from the REST v1 twin. Note: on the jakarta servlet
 *   Filter slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/rest/RequestCachingServletFilter.java the same build uses the other family, com.atlassian.annotations.security.UnrestrictedAccess
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {
}

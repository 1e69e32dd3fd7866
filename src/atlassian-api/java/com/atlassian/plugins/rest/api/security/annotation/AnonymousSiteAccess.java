package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access level: Also anonymous users when the site allows anonymous access.
 * Read by the REST module at run time, so RUNTIME retention is mandatory. The plugin's resources check project
 * permissions in code; these annotations only set the coarse access level.
 *
 * Evidence: Jira 10 plugin atlassian-labs/atlassian-slack-integration-server (tag jira-slack-server-integration-plugin-4.0.6, REST v2) imports com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess; semantics: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * Status: CONFIRMED-10 (name, package); retention/targets INFERRED from the REST v1 twin (decompiled atlassian-rest-module 7.1.9: RUNTIME, {TYPE, METHOD, PACKAGE})
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AnonymousSiteAccess {
}

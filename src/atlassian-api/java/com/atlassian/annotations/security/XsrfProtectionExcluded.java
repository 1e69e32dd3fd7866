package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a REST resource method from the XSRF check the REST module runs on state-changing requests with a
 * form-like content type and without {@code X-Atlassian-Token: no-check}. A plain HTML form (the public decision
 * page, which works without JavaScript) cannot send that header; the page's own single-use token stands in for it.
 * Read by the REST module at run time, so RUNTIME retention is mandatory.
 *
 * Evidence: atlassian-labs/atlassian-slack-integration-server@94c50dc (Atlassian's own Jira 11 build: jira-api 11.0.0,
 *   platform-public-api 8.0.0) uses com.atlassian.annotations.security.XsrfProtectionExcluded on jakarta.ws.rs form
 *   POST methods of REST v2 resources; the same name and package on REST resource methods in the Jira testkit plugin
 *   (com.atlassian.jira.testkit.plugin) and in Bitbucket and Confluence plugins (atlassian-annotations library)
 * Status: CONFIRMED-11 (package, name, use on a resource method); retention and targets INFERRED from its use on
 *   methods read through reflection by the REST module
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface XsrfProtectionExcluded {
}

package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access level: Only licensed users (the REST v2 default for un-annotated resources since Jira 10; stating it makes the intent visible).
 * Read by the REST module at run time, so RUNTIME retention is mandatory. The plugin's resources check project
 * permissions in code; these annotations only set the coarse access level.
 *
 * Evidence: Jira 11 plugin alanmosely/basic-jira-development-panels (jakarta 2.x line) src/main/java/com/alanmosely/jira/plugin/api/PullRequestResource.java
 *   (@LicensedOnly on jakarta.ws.rs @POST and @DELETE methods); semantics: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
 * Status: CONFIRMED-11 (package, name, use on methods); retention/targets INFERRED from the REST v1 twin
 *   com.atlassian.plugins.rest.common.security.LicensedOnly (decompiled atlassian-rest-module 7.1.9: RUNTIME, {TYPE, METHOD, PACKAGE})
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface LicensedOnly {
}

package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access level: Only system administrators.
 * Read by the REST module at run time, so RUNTIME retention is mandatory. The plugin's resources check project
 * permissions in code; these annotations only set the coarse access level.
 *
 * Evidence: Jira 11 plugin deftdevs/bootstrapi class com.deftdevs.bootstrapi.jira.rest.UpmResourceImpl (jakarta version: @SystemAdminOnly on a class with jakarta.inject.Inject and jakarta.ws.rs.Path)
 * Status: CONFIRMED-11 (package, name, use on a class); retention/targets INFERRED from the REST v1 twin (decompiled atlassian-rest-module 7.1.9: RUNTIME, {TYPE, METHOD, PACKAGE})
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface SystemAdminOnly {
}

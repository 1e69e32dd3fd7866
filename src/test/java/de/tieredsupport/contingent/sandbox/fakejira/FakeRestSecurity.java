package de.tieredsupport.contingent.sandbox.fakejira;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Fake of the checks Jira's REST v2 module runs before a plugin resource: anonymous callers get 401 unless the
 * resource method or class is marked {@link AnonymousSiteAccess} or {@link UnrestrictedAccess};
 * {@link SystemAdminOnly} requires a system administrator (403 otherwise); and state-changing requests with a
 * form-like content type need the header {@code X-Atlassian-Token: no-check} (Jira's XSRF rule, 403 otherwise)
 * unless the resource method is marked {@link XsrfProtectionExcluded}.
 * Licensing ({@code @LicensedOnly}) is not checked: every sandbox user is licensed.
 */
public final class FakeRestSecurity implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> XSRF_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final FakeSalUserManager users;

    @Context
    private ResourceInfo resource;

    public FakeRestSecurity(FakeSalUserManager users) {
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (!SAFE_METHODS.contains(request.getMethod()) && xsrfSensitive(request.getMediaType())
                && !"no-check".equals(request.getHeaderString("X-Atlassian-Token"))
                && !present(method, XsrfProtectionExcluded.class)) {
            request.abortWith(error(Response.Status.FORBIDDEN, "XSRF check failed"));
            return;
        }
        UserKey caller = users.getRemoteUserKey();
        if (caller == null && !marked(method, type, AnonymousSiteAccess.class)
                && !marked(method, type, UnrestrictedAccess.class)) {
            request.abortWith(error(Response.Status.UNAUTHORIZED,
                    "Client must be authenticated to access this resource."));
            return;
        }
        if (marked(method, type, SystemAdminOnly.class) && (caller == null || !users.isSystemAdmin(caller))) {
            request.abortWith(error(Response.Status.FORBIDDEN, "You do not have the permission to access this "
                    + "resource."));
        }
    }

    private static boolean xsrfSensitive(MediaType type) {
        return type != null && XSRF_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    private static boolean marked(Method method, Class<?> type,
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return present(method, annotation) || present(type, annotation)
                || (type != null && type.getPackage() != null && type.getPackage().isAnnotationPresent(annotation));
    }

    private static boolean present(AnnotatedElement element,
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return element != null && element.isAnnotationPresent(annotation);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"message\":\"" + message.replace("\"", "'") + "\",\"status-code\":" + status.getStatusCode()
                        + "}")
                .build();
    }
}

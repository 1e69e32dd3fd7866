package de.tieredsupport.contingent.sandbox.probe;

import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * A resource shaped like the plugin's REST resources (SAL's user manager injected, REST v2 access annotations, JSON
 * and text bodies), to test the sandbox's emulation of Jira's REST checks on its own, without the plugin.
 */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private final UserManager users;

    @Inject
    public ProbeResource(UserManager users) {
        this.users = users;
    }

    @GET
    @Path("me")
    public Map<String, Object> me(@Context HttpServletRequest request) {
        UserKey caller = users.getRemoteUserKey();
        UserKey fromRequest = users.getRemoteUserKey(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", caller == null ? null : caller.getStringValue());
        answer.put("sameFromRequest", caller != null && caller.equals(fromRequest));
        return answer;
    }

    @GET
    @Path("public")
    @AnonymousSiteAccess
    public Map<String, Object> open() {
        return Map.of("ok", true);
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        return body;
    }

    @POST
    @Path("text")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED})
    public Map<String, Object> text(String body) {
        return Map.of("length", body.length());
    }
}

package de.tieredsupport.contingent.sandbox.probe;

import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import de.tieredsupport.contingent.jira.PluginServices;
import de.tieredsupport.contingent.service.port.BookingStore;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** A resource shaped like the plugin's REST resources, to test how the sandbox serves them. */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private final UserManager users;
    private final PluginServices services;
    private final BookingStore bookings;

    @Inject
    public ProbeResource(UserManager users, PluginServices services, BookingStore bookings) {
        this.users = users;
        this.services = services;
        this.bookings = bookings;
    }

    @GET
    @Path("me")
    public Map<String, Object> me(@Context HttpServletRequest request) {
        UserKey caller = users.getRemoteUserKey();
        UserKey fromRequest = users.getRemoteUserKey(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", caller == null ? null : caller.getStringValue());
        answer.put("sameFromRequest", caller != null && caller.equals(fromRequest));
        answer.put("mayManageAcme", services.accessPolicy().canManage(caller == null ? null
                : caller.getStringValue(), 10000));
        answer.put("bookingStore", bookings.find(-1).isEmpty());
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

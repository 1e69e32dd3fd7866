package de.tieredsupport.contingent.rest;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.tieredsupport.contingent.domain.ValidationException;
import de.tieredsupport.contingent.domain.Violation;
import de.tieredsupport.contingent.service.AccessDeniedException;
import de.tieredsupport.contingent.service.ConflictException;
import de.tieredsupport.contingent.service.IdempotencyKeyReusedException;
import de.tieredsupport.contingent.service.NotFoundException;
import de.tieredsupport.contingent.service.ProjectNotVisibleException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Turns every failure into the JSON error body with the right status, messages in the caller's language. Only an
 * unexpected exception becomes a 500, logged here and answered without any detail.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final Messages messages;

    ErrorResponses(Messages messages) {
        this.messages = messages;
    }

    Response toResponse(Throwable failure) {
        if (failure instanceof ValidationException e) {
            List<ErrorBody.Item> items = new ArrayList<>();
            for (Violation v : e.violations()) {
                items.add(item(v.field(), v.code(), v.arguments(), v.message()));
            }
            return respond(400, items);
        }
        if (failure instanceof RequestProblem e) {
            return respond(e.status(), List.of(item(e.field(), e.code(), e.arguments(), e.getMessage())));
        }
        if (failure instanceof ProjectNotVisibleException) {
            // exactly the answer for a key that names no project: no oracle for which projects exist
            return toResponse(RequestProblem.unknownProject());
        }
        if (failure instanceof AccessDeniedException e) {
            return respond(403, List.of(item(null, "accessDenied", List.of(), e.getMessage())));
        }
        if (failure instanceof NotFoundException e) {
            return respond(404, List.of(item(null, e.code(), e.arguments(), e.getMessage())));
        }
        if (failure instanceof IdempotencyKeyReusedException e) {
            return respond(422, List.of(item(IdempotencyKeys.HEADER, e.code(), List.of(), e.getMessage())));
        }
        if (failure instanceof ConflictException e) {
            return respond(409, List.of(item(null, e.code(), e.arguments(), e.getMessage())));
        }
        if (failure instanceof WebApplicationException e && e.getResponse() != null) {
            return webProblem(e.getResponse().getStatus());
        }
        LOG.error("Unexpected failure in the Support Contingent REST API", failure);
        return respond(500, List.of(item(null, "internal", List.of(),
                "Internal error; the server log has the details")));
    }

    private Response webProblem(int status) {
        switch (status) {
            case 404:
                return respond(404, List.of(item(null, "resource.notFound", List.of(), "No such resource")));
            case 405:
                return respond(405, List.of(item(null, "method.notAllowed", List.of(),
                        "This method is not allowed here")));
            case 406:
                return respond(406, List.of(item(null, "mediaType.notAcceptable", List.of(),
                        "This resource cannot answer in the requested format")));
            case 415:
                return respond(415, List.of(item(null, "mediaType.unsupported", List.of(),
                        "Send the request body as application/json")));
            default:
                int answered = status >= 400 && status < 600 ? status : 400;
                return respond(answered, List.of(item(null, "request.invalid", List.of(),
                        "The request cannot be processed")));
        }
    }

    private ErrorBody.Item item(String field, String code, List<?> arguments, String fallback) {
        return new ErrorBody.Item(field, messages.text("error." + code, arguments, fallback));
    }

    private static Response respond(int status, List<ErrorBody.Item> items) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(items)).build();
    }
}

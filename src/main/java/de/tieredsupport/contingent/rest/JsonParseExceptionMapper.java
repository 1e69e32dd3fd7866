package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.core.JsonParseException;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Malformed JSON. Registered for the exact type so that it is as close a match as a JSON provider's own mapper
 * for it, which would answer in plain text.
 */
@Provider
public final class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    private final ErrorResponses errors;

    @Inject
    public JsonParseExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(JsonParseException failure) {
        return errors.toResponse(failure);
    }
}

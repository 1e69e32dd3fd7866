package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Well-formed JSON of the wrong shape: unknown fields, wrong types, an empty body. Registered for the exact type,
 * like {@link JsonParseExceptionMapper}.
 */
@Provider
public final class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    private final ErrorResponses errors;

    @Inject
    public JsonMappingExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(JsonMappingException failure) {
        return errors.toResponse(failure);
    }
}

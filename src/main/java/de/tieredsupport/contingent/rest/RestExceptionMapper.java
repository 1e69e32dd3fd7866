package de.tieredsupport.contingent.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps every exception of this REST module to the JSON error body (see {@link ErrorResponses}). */
@Provider
public final class RestExceptionMapper implements ExceptionMapper<Throwable> {

    private final ErrorResponses errors;

    @Inject
    public RestExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(Throwable failure) {
        return errors.toResponse(failure);
    }
}

package de.tieredsupport.contingent.service;

/** The acting user lacks the permission an operation needs (HTTP 403). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}

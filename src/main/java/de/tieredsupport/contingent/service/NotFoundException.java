package de.tieredsupport.contingent.service;

/** The contract, month or booking asked for does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}

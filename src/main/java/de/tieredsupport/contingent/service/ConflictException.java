package de.tieredsupport.contingent.service;

/** The request contradicts the current state, e.g. closing a closed month (HTTP 409). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable code for translations, e.g. {@code "month.alreadyClosed"}. */
    public String code() {
        return code;
    }
}

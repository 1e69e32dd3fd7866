package de.tieredsupport.contingent.service;

/** The request contradicts the current state, e.g. closing a closed month (HTTP 409). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final java.util.List<String> arguments;

    public ConflictException(String code, String message) {
        this(code, message, java.util.List.of());
    }

    /** With the values the translated message shows, e.g. the month that must be closed first. */
    public ConflictException(String code, String message, java.util.List<String> arguments) {
        super(message);
        this.code = code;
        this.arguments = java.util.List.copyOf(arguments);
    }

    /**
     * Runs a decision of a contract month; its refusal (e.g. a top-up of a closed month) becomes this conflict with
     * the same code and values.
     */
    static <T> T unlessRefused(java.util.function.Supplier<T> decision) {
        try {
            return decision.get();
        } catch (de.tieredsupport.contingent.domain.ContractMonth.Conflict refusal) {
            throw new ConflictException(refusal.code(), refusal.getMessage(), refusal.arguments());
        }
    }

    /** Values for the translated message's placeholders, in order. */
    public java.util.List<String> arguments() {
        return arguments;
    }

    /** Stable code for translations, e.g. {@code "month.alreadyClosed"}. */
    public String code() {
        return code;
    }
}

package de.tieredsupport.contingent.service;

import java.util.List;

/**
 * The contract, month or booking asked for does not exist (HTTP 404). The message names no internal id; the code
 * ({@code contract.none}, {@code terms.notInForce}, {@code booking.unknown}) selects the translated text, the
 * arguments are values the caller gave (e.g. the month).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public NotFoundException(String code, String message, String... arguments) {
        super(message);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** Nothing is billed before a contract starts: no terms are in force in the month. */
    static NotFoundException termsNotInForce(java.time.YearMonth month) {
        return new NotFoundException("terms.notInForce", "The contract has no terms in force in " + month,
                month.toString());
    }

    /** Stable code for translations. */
    public String code() {
        return code;
    }

    /** Values for the translated message's placeholders, in order. */
    public List<String> arguments() {
        return arguments;
    }
}

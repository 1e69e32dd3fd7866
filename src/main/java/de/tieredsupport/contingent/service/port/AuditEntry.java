package de.tieredsupport.contingent.service.port;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who changed what and when, for decisions that affect billing. The change is kept as data: its type
 * ({@link Action}) and named parameters (months as {@code yyyy-MM}, instants ISO-8601, minutes, amounts as plain
 * decimals, levels as keys, user keys), so each reader sees it in their own language, time zone and with display
 * names. {@code details} is the English text written next to them; entries stored before parameters were kept have
 * that text alone (empty parameters) and are shown with it.
 */
public record AuditEntry(long projectId, Instant at, String actor, Action action, Map<String, String> parameters,
        String details) {

    public enum Action {
        CONFIGURE_TERMS, ADD_TOP_UP, SUSPEND, RESUME, CLOSE_MONTH, CORRECT_LEVEL, CHANGE_CATEGORY,
        PREPARE_CHANGE_REQUEST, SUBMIT_CHANGE_REQUEST, WITHDRAW_CHANGE_REQUEST, DECIDE_CHANGE_REQUEST
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(details, "details");
        Map<String, String> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter name"),
                Objects.requireNonNull(v, "parameter " + k)));
        parameters = Collections.unmodifiableMap(copy);
    }

    /** An entry as stored before parameters were kept: its text only. */
    public AuditEntry(long projectId, Instant at, String actor, Action action, String details) {
        this(projectId, at, actor, action, Map.of(), details);
    }

    /** Whether only the stored text describes it (written before parameters were kept). */
    public boolean textOnly() {
        return parameters.isEmpty();
    }

    /** Parameter names and values in the order given, e.g. {@code params("month", "2026-04", "level", "L1")}. */
    public static Map<String, String> params(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}

package de.tieredsupport.contingent.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of {@code PUT /projects/{key}/contract/terms/{month}} (docs/rest-api.md), built field by field; unset
 * fields are left to the plugin's defaults.
 */
public final class TermsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> levels = new LinkedHashMap<>();
    private final Map<String, Object> body = new LinkedHashMap<>();

    private TermsJson() {
        body.put("levels", levels);
    }

    public static TermsJson terms() {
        return new TermsJson();
    }

    /** A level's monthly contingent in minutes and hourly rate (e.g. {@code "70"}). */
    public TermsJson level(String level, long contingentMinutes, String rate) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contingentMinutes", contingentMinutes);
        values.put("rateAmount", new java.math.BigDecimal(rate));
        levels.put(level, values);
        return this;
    }

    /** A level with a carry-over cap (for the carry-over policy {@code UNUSED_UP_TO}). */
    public TermsJson level(String level, long contingentMinutes, String rate, long carryOverCapMinutes) {
        level(level, contingentMinutes, rate);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) levels.get(level);
        values.put("carryOverCapMinutes", carryOverCapMinutes);
        return this;
    }

    public TermsJson rounding(int incrementMinutes, String mode) {
        body.put("rounding", Map.of("incrementMinutes", incrementMinutes, "mode", mode));
        return this;
    }

    public TermsJson thresholds(int... percents) {
        List<Integer> list = new ArrayList<>();
        for (int percent : percents) {
            list.add(percent);
        }
        body.put("thresholds", list);
        return this;
    }

    public TermsJson recipients(String... addresses) {
        body.put("recipients", List.of(addresses));
        return this;
    }

    /** Adds a decision maker (name, e-mail address, language {@code en} or {@code de}). */
    @SuppressWarnings("unchecked")
    public TermsJson decisionMaker(String name, String email, String language) {
        List<Object> makers = (List<Object>) body.computeIfAbsent("decisionMakers", k -> new ArrayList<>());
        makers.add(Map.of("name", name, "email", email, "language", language));
        return this;
    }

    public TermsJson carryOver(String policy) {
        body.put("carryOver", Map.of("policy", policy));
        return this;
    }

    public TermsJson overagePolicy(String policy) {
        body.put("overagePolicy", policy);
        return this;
    }

    public TermsJson defaultLevel(String level) {
        body.put("defaultLevel", level);
        return this;
    }

    public TermsJson zoneId(String zoneId) {
        body.put("zoneId", zoneId);
        return this;
    }

    public TermsJson currency(String currency) {
        body.put("currency", currency);
        return this;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return json();
    }
}

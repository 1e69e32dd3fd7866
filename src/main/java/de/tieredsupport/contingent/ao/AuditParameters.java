package de.tieredsupport.contingent.ao;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Audit parameters in one text column: {@code name=value&name=value}, each part URL-encoded in UTF-8, in the
 * order given. Any text survives (reasons may hold {@code &}, {@code =}, line breaks); null reads as no parameters,
 * which is how rows written before model version 2 look.
 */
final class AuditParameters {

    private AuditParameters() {
    }

    static String encode(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    static Map<String, String> decode(String stored) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (stored == null || stored.isEmpty()) {
            return parameters;
        }
        for (String pair : stored.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("Audit parameter without value in the database: " + pair);
            }
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

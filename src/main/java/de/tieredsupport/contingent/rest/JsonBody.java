package de.tieredsupport.contingent.rest;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads request bodies with this module's strict mapper ({@link JsonConfiguration}) instead of the host's JSON
 * provider: whatever the host's Jackson configuration and exception mappers, unknown fields, wrong types and
 * malformed JSON become 400 answers that name the JSON path, in the JSON error format.
 */
final class JsonBody {

    static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonConfiguration.create();

    private JsonBody() {
    }

    /** The body as {@code type}; an empty body or JSON {@code null} is a missing body. */
    static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0 || isBlank(body)) {
            throw RequestProblem.missingBody();
        }
        if (body.length > MAX_BYTES) {
            throw new RequestProblem(400, "body", "body.tooLarge", "The body may have at most " + MAX_BYTES
                    + " bytes", MAX_BYTES);
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw problem(e);
        } catch (IOException e) {
            throw new RequestProblem(400, "body", "json.malformed", "The body cannot be read", 0, 0);
        }
        if (value == null) {
            throw RequestProblem.missingBody();
        }
        return value;
    }

    static RequestProblem problem(JsonProcessingException e) {
        InputCoercionException outOfRange = cause(e, InputCoercionException.class);
        if (outOfRange != null) {
            // a number too large for its field (e.g. 2^63 minutes) is about that field, not a broken document
            String field = e instanceof JsonMappingException mapping && path(mapping) != null ? path(mapping)
                    : outOfRange.getProcessor() == null ? null : path(outOfRange.getProcessor());
            String where = field == null ? "body" : field;
            return new RequestProblem(400, where, "json.wrongType", "Wrong type or format for " + where, where);
        }
        // a syntax error inside a value reaches us wrapped as a mapping failure of the enclosing field
        StreamReadException syntax = e instanceof StreamReadException read ? read
                : cause(e, StreamReadException.class);
        boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (e instanceof JsonMappingException mapping && !truncated && syntax == null) {
            String field = path(mapping);
            if (field != null && mapping instanceof UnrecognizedPropertyException) {
                return new RequestProblem(400, field, "json.unknownField", "Unknown field " + field, field);
            }
            String where = field == null ? "body" : field;
            return new RequestProblem(400, where, "json.wrongType", "Wrong type or format for " + where, where);
        }
        JsonLocation where = syntax != null ? syntax.getLocation() : e.getLocation();
        long line = where == null ? 0 : where.getLineNr();
        long column = where == null ? 0 : where.getColumnNr();
        return new RequestProblem(400, "body", "json.malformed", "Malformed JSON at line " + line + ", column "
                + column, line, column);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The JSON path where the parser stands: {@code thresholds[0]}, {@code levels.L1.contingentMinutes}. */
    static String path(JsonParser parser) {
        List<String> parts = new java.util.ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    /** The JSON path of a mapping failure: {@code levels.L2.rateAmount}, {@code thresholds[1]}; null at the root. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}

package de.tieredsupport.contingent.rest;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
        boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (e instanceof JsonMappingException mapping && !truncated) {
            String field = path(mapping);
            if (field != null && mapping instanceof UnrecognizedPropertyException) {
                return new RequestProblem(400, field, "json.unknownField", "Unknown field " + field, field);
            }
            String where = field == null ? "body" : field;
            return new RequestProblem(400, where, "json.wrongType", "Wrong type or format for " + where, where);
        }
        JsonLocation where = e.getLocation();
        long line = where == null ? 0 : where.getLineNr();
        long column = where == null ? 0 : where.getColumnNr();
        return new RequestProblem(400, "body", "json.malformed", "Malformed JSON at line " + line + ", column "
                + column, line, column);
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

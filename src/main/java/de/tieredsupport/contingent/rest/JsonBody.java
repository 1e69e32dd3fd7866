package de.tieredsupport.contingent.rest;

import java.io.IOException;
import java.io.InputStream;
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

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Reads request bodies with this module's strict mapper ({@link JsonConfiguration}) instead of the host's JSON
 * provider: whatever the host's Jackson configuration and exception mappers, unknown fields, wrong types and
 * malformed JSON become 400 answers that name the JSON path, in the JSON error format.
 * <p>
 * Bodies are bounded: the resources take the body as the request's {@link InputStream}, unread, and call
 * {@link #read(HttpHeaders, InputStream, Class)} only after the caller's permission was checked. That refuses a
 * missing or non-JSON {@code Content-Type} (415) and a declared {@code Content-Length} over {@value #MAX_BYTES}
 * bytes (413) without reading a byte, and reads any other body (also a chunked one, without a length) only up to
 * one byte beyond the limit (413 if it gets there). At most about {@value #MAX_BYTES} bytes are ever held.
 */
final class JsonBody {

    static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonConfiguration.create();

    private JsonBody() {
    }

    /**
     * The body of a state-changing request as {@code type}: JSON content type, bounded size, then the strict parse.
     *
     * @throws RequestProblem 415 for a missing or other content type, 413 for a body over {@value #MAX_BYTES} bytes,
     *         400 for an empty, unreadable or malformed body
     */
    static <T> T read(HttpHeaders headers, InputStream body, Class<T> type) {
        return read(bytes(headers, body), type);
    }

    /**
     * Like {@link #read(HttpHeaders, InputStream, Class)} for a request whose body may be left out: null for an
     * empty body.
     */
    static <T> T readOptional(HttpHeaders headers, InputStream body, Class<T> type) {
        byte[] bytes = bytes(headers, body);
        return bytes.length == 0 || isBlank(bytes) ? null : read(bytes, type);
    }

    /** The bytes of a JSON body of at most {@value #MAX_BYTES} bytes (see the class comment). */
    static byte[] bytes(HttpHeaders headers, InputStream body) {
        requireJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredTooLong(length.trim())) {
            throw tooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RequestProblem(400, "body", "body.unreadable", "The body cannot be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    /** 415 unless the type is {@code application/json} (any parameters, such as a charset). */
    static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType;
        int parameters = type.indexOf(';');
        String essence = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        if (!essence.equalsIgnoreCase("application/json")) {
            throw new RequestProblem(415, null, "mediaType.unsupported", "Send the request body as application/json");
        }
    }

    private static boolean declaredTooLong(String length) {
        if (length.isEmpty() || length.length() > 18 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false; // the container refuses a malformed length itself; the read below is bounded anyway
        }
        return Long.parseLong(length) > MAX_BYTES;
    }

    private static RequestProblem tooLarge() {
        return new RequestProblem(413, "body", "body.tooLarge", "The body may have at most " + MAX_BYTES
                + " bytes", MAX_BYTES);
    }

    /** The body as {@code type}; an empty body or JSON {@code null} is a missing body. */
    static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0 || isBlank(body)) {
            throw RequestProblem.missingBody();
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge();
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

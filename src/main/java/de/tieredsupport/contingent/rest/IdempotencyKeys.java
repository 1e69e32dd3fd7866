package de.tieredsupport.contingent.rest;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tieredsupport.contingent.service.IdempotentWrites;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The {@code Idempotency-Key} request header of the writes that change a contract month (top-ups, suspensions,
 * resumptions, terms): without it a write behaves as it always did; with it, the first request is carried out and
 * its answer stored with the key in the database, and a repeat gets that stored answer with
 * {@code Idempotent-Replayed: true} (see {@link IdempotentWrites}).
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;

    private static final ObjectMapper MAPPER = JsonConfiguration.create();

    private IdempotencyKeys() {
    }

    /**
     * The request's key, or null without the header.
     *
     * @throws RequestProblem 400 on the header for a repeated header, or a value that is not 1 to
     *         {@value #MAX_LENGTH} visible ASCII characters (no blanks, no control or non-ASCII characters)
     */
    static String read(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HEADER);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String key = values.get(0);
        if (values.size() > 1 || !isValid(key)) {
            throw new RequestProblem(400, HEADER, "idempotencyKey.invalid", "The " + HEADER + " header must be 1 to "
                    + MAX_LENGTH + " visible ASCII characters", MAX_LENGTH);
        }
        return key;
    }

    static boolean isValid(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    /**
     * Carries out {@code write} and answers {@code status} with {@code entity} of its result; with a key, at most
     * once per key (the answer is then the stored JSON text, the same bytes on every repeat).
     *
     * @param key the request's key from {@link #read}, or null
     * @param target what the request addresses (method, resource, path parameters); with the body it identifies
     *        the request, so the same key with another target or body is refused (422)
     */
    static <T> Response respond(IdempotentWrites writes, String key, String user, long projectId, String operation,
            String target, byte[] body, int status, Supplier<T> write, Function<T, Object> entity) {
        if (key == null) {
            return Response.status(status).entity(entity.apply(write.get())).build();
        }
        IdempotentWrites.Request request = new IdempotentWrites.Request(user, projectId, operation, key,
                IdempotentWrites.hash(target, body));
        IdempotentWrites.Answer answer = writes.perform(request, write,
                result -> new IdempotentWrites.Answer(status, json(entity.apply(result))));
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static String json(Object entity) {
        try {
            return MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }
}

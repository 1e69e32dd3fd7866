package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.service.port.IdempotencyRecord;
import de.tieredsupport.contingent.service.port.IdempotencyStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes that carry an idempotency key: the first request with a key is carried out and its answer stored with
 * it; a repeat of the same request with the same key gets that answer again and changes nothing; the same key with
 * a different request is refused.
 * <p>
 * The key's record is saved inside the write's own transaction, under the write's locks, so a key and its effect
 * are never separated: either both are committed or neither. Requests with the same key wait for each other on a
 * cluster lock (one of 16 per project, chosen by the key's hash; a bounded set of lock names), so of simultaneous
 * requests one carries out the write and the others then answer from its record. A write that fails stores nothing,
 * so its key may be sent again. Records expire after {@link #RETENTION}; each new keyed write deletes a batch of
 * expired ones through the expiry index, never by scanning.
 */
public final class IdempotentWrites {

    /** How long a key is remembered. */
    public static final Duration RETENTION = Duration.ofHours(24);
    static final int CLEANUP_BATCH = 100;

    private final ContingentLedger ledger;
    private final IdempotencyStore store;

    public IdempotentWrites(ContingentLedger ledger, IdempotencyStore store) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A keyed request.
     *
     * @param actor the caller's user key
     * @param projectId the project the request changes
     * @param operation what it does, e.g. {@code "top-up"}; a key counts per caller, project and operation
     * @param key the caller's idempotency key (validated by the caller)
     * @param requestHash identifies the request's target and body, see {@link #hash(String, byte[])}
     */
    public record Request(String actor, long projectId, String operation, String key, String requestHash) {
        public Request {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(requestHash, "requestHash");
        }
    }

    /** An answer as sent: status and body; {@code replayed} if it is the stored answer of an earlier request. */
    public record Answer(int status, String body, boolean replayed) {
        public Answer(int status, String body) {
            this(status, body, false);
        }
    }

    /**
     * Carries out {@code write} once per key: renders its result with {@code render} inside the write's transaction
     * and stores the answer there; or answers the stored answer of an earlier request with this key.
     * {@code write} must be one use case that writes through one ledger transaction ({@code locked}) and answers
     * what that transaction's work returns, as {@code render} expects it.
     *
     * @throws IdempotencyKeyReusedException if the key was used for a different request (target or body)
     */
    public <T> Answer perform(Request request, Supplier<T> write, Function<T, Answer> render) {
        Objects.requireNonNull(request, "request");
        String scope = scope(request);
        return ledger.withLock(ContingentLedger.requestLock(request.projectId(), scope.charAt(0)), () -> {
            Optional<IdempotencyRecord> earlier = ledger.inTransaction(() -> store.find(scope))
                    .filter(r -> r.isLiveAt(ledger.now()));
            if (earlier.isPresent()) {
                return replay(earlier.get(), request);
            }
            Completion<T> completion = new Completion<>(request, scope, render);
            ledger.completeInTransaction(completion, write);
            if (completion.answer == null) {
                throw new IllegalStateException("the keyed write " + request.operation()
                        + " did not run in a ledger transaction");
            }
            return completion.answer;
        });
    }

    private static Answer replay(IdempotencyRecord earlier, Request request) {
        if (!earlier.requestHash().equals(request.requestHash())) {
            throw new IdempotencyKeyReusedException();
        }
        return new Answer(earlier.status(), earlier.body(), true);
    }

    /** Renders and stores the answer inside the write's transaction (run again if the transaction is). */
    private final class Completion<T> implements ContingentLedger.TransactionCompletion {

        private final Request request;
        private final String scope;
        private final Function<T, Answer> render;
        private Answer answer;

        Completion(Request request, String scope, Function<T, Answer> render) {
            this.request = request;
            this.scope = scope;
            this.render = render;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void complete(Object result) {
            Answer rendered = render.apply((T) result);
            Instant now = ledger.now();
            store.deleteExpired(now, CLEANUP_BATCH);
            store.save(new IdempotencyRecord(scope, request.projectId(), request.actor(), request.operation(),
                    request.requestHash(), rendered.status(), rendered.body(), now, now.plus(RETENTION)));
            answer = new Answer(rendered.status(), rendered.body(), false);
        }
    }

    /** Caller, project, operation and key as one fixed-length hex hash. */
    static String scope(Request request) {
        return sha256(part(request.actor()) + part(Long.toString(request.projectId())) + part(request.operation())
                + part(request.key()));
    }

    /** Identifies a request by what it addresses ({@code target}, e.g. method, path) and its body, byte for byte. */
    public static String hash(String target, byte[] body) {
        byte[] head = part(target).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return HexFormat.of().formatHex(digest().digest(all));
    }

    /** Length-prefixed, so that no two different lists of parts make the same text. */
    private static String part(String value) {
        return value.length() + ":" + value + ";";
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.millis;

import java.time.Instant;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.IdempotencyKeyEntity;
import de.tieredsupport.contingent.service.port.IdempotencyRecord;
import de.tieredsupport.contingent.service.port.IdempotencyStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** First answers to keyed requests in {@code AO_59A0F7_IDEMPOTENCY_KEY}; one row per scope (unique). */
@Named
public final class AoIdempotencyStore implements IdempotencyStore {

    private final ActiveObjects ao;

    @Inject
    public AoIdempotencyStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope) {
        IdempotencyKeyEntity[] rows = ao.find(IdempotencyKeyEntity.class, Query.select()
                .where("SCOPE_HASH = ?", scope));
        if (rows.length == 0) {
            return Optional.empty();
        }
        IdempotencyKeyEntity row = rows[0];
        return Optional.of(new IdempotencyRecord(row.getScopeHash(), row.getProjectId(),
                row.getActorKey() == null ? "" : row.getActorKey(), row.getOperation(), row.getRequestHash(),
                row.getAnswerStatus(), row.getAnswerBody() == null ? "" : row.getAnswerBody(),
                instant(row.getCreatedAt()), instant(row.getExpiresAt())));
    }

    @Override
    public void save(IdempotencyRecord record) {
        // only an expired row gives way; a live one makes the unique scope refuse the insert, rolling back the write
        ao.deleteWithSQL(IdempotencyKeyEntity.class, "SCOPE_HASH = ? AND EXPIRES_AT <= ?", record.scope(),
                millis(record.createdAt()));
        ao.create(IdempotencyKeyEntity.class,
                new DBParam("SCOPE_HASH", record.scope()),
                new DBParam("PROJECT_ID", record.projectId()),
                new DBParam("ACTOR_KEY", record.actor()),
                new DBParam("OPERATION", record.operation()),
                new DBParam("REQUEST_HASH", record.requestHash()),
                new DBParam("ANSWER_STATUS", record.status()),
                new DBParam("ANSWER_BODY", record.body()),
                new DBParam("CREATED_AT", millis(record.createdAt())),
                new DBParam("EXPIRES_AT", millis(record.expiresAt())));
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        IdempotencyKeyEntity[] expired = ao.find(IdempotencyKeyEntity.class, Query.select()
                .where("EXPIRES_AT <= ?", millis(now)).order("EXPIRES_AT").limit(limit));
        if (expired.length > 0) {
            ao.delete(expired);
        }
        return expired.length;
    }
}

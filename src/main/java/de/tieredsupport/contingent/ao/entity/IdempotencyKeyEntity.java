package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The first answer to a request with an idempotency key. The unique scope (hash of caller, project, operation and
 * key) makes the database refuse a second row for the same key; the expiry index lets expired rows be deleted
 * without scanning the table.
 */
@Table("IDEMPOTENCY_KEY")
@Indexes(@Index(name = "IDEMPOTENCY_EXPIRES", methodNames = {"getExpiresAt"}))
public interface IdempotencyKeyEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getScopeHash();
    void setScopeHash(String scopeHash);

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    String getActorKey();
    void setActorKey(String userKey);

    @NotNull
    String getOperation();
    void setOperation(String operation);

    @NotNull
    @StringLength(64)
    String getRequestHash();
    void setRequestHash(String requestHash);

    int getAnswerStatus();
    void setAnswerStatus(int status);

    @StringLength(StringLength.UNLIMITED)
    String getAnswerBody();
    void setAnswerBody(String body);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    @NotNull
    long getExpiresAt();
    void setExpiresAt(long epochMillis);
}

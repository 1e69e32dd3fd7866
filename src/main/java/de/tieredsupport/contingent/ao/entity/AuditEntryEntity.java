package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Who changed what in a contract, and when. */
@Table("AUDIT_ENTRY")
@Indexes(@Index(name = "AUDIT_PROJECT", methodNames = {"getProjectId"}))
public interface AuditEntryEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    String getActorKey();
    void setActorKey(String userKey);

    long getHappenedAt();
    void setHappenedAt(long epochMillis);

    @NotNull
    String getAction();
    void setAction(String action);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();
    void setDetails(String details);

    /**
     * The change's parameters ({@code AuditParameters}); null in rows written before model version 2, which are
     * shown with their details text.
     */
    @StringLength(StringLength.UNLIMITED)
    String getParameters();
    void setParameters(String parameters);
}

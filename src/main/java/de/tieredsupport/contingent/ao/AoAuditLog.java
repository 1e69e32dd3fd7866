package de.tieredsupport.contingent.ao;

import static de.tieredsupport.contingent.ao.AoValues.instant;
import static de.tieredsupport.contingent.ao.AoValues.millis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.AuditEntryEntity;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The audit trail of contract changes and billing decisions. */
@Named
public final class AoAuditLog implements AuditLog {

    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        ao.create(AuditEntryEntity.class,
                new DBParam("PROJECT_ID", entry.projectId()),
                new DBParam("ACTOR_KEY", entry.actor()),
                new DBParam("HAPPENED_AT", millis(entry.at())),
                new DBParam("ACTION", entry.action().name()),
                new DBParam("DETAILS", entry.details()),
                new DBParam("PARAMETERS", AuditParameters.encode(entry.parameters())));
    }

    @Override
    public List<AuditEntry> latest(long projectId, int limit) {
        return Arrays.stream(ao.find(AuditEntryEntity.class, Query.select()
                        .where("PROJECT_ID = ?", projectId).order("ID DESC").limit(limit)))
                .map(row -> new AuditEntry(row.getProjectId(), instant(row.getHappenedAt()), row.getActorKey(),
                        AuditEntry.Action.valueOf(row.getAction()), AuditParameters.decode(row.getParameters()),
                        row.getDetails() == null ? "" : row.getDetails()))
                .collect(Collectors.toList());
    }
}

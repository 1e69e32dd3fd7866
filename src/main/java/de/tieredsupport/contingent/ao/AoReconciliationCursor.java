package de.tieredsupport.contingent.ao;

import java.util.OptionalLong;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ReconciliationCursorEntity;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;

/** The reconciliation's cursor in {@code AO_59A0F7_RECON_CURSOR}: at most one row. */
@Named
public final class AoReconciliationCursor implements ReconciliationCursor {

    private final ActiveObjects ao;

    @Inject
    public AoReconciliationCursor(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public OptionalLong nextStart() {
        ReconciliationCursorEntity[] rows = ao.find(ReconciliationCursorEntity.class);
        Long next = rows.length == 0 ? null : rows[0].getNextProjectId();
        return next == null ? OptionalLong.empty() : OptionalLong.of(next);
    }

    @Override
    public void nextStart(OptionalLong projectId) {
        Long value = projectId.isPresent() ? projectId.getAsLong() : null;
        ReconciliationCursorEntity[] rows = ao.find(ReconciliationCursorEntity.class);
        if (rows.length == 0) {
            ao.create(ReconciliationCursorEntity.class, new DBParam("NEXT_PROJECT_ID", value));
        } else {
            rows[0].setNextProjectId(value);
            rows[0].save();
        }
    }
}

package de.tieredsupport.contingent.ao;

import java.time.Instant;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.ao.entity.ReconciliationCursorEntity;
import de.tieredsupport.contingent.service.port.ReconciliationCursor;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The reconciliation's cursor in {@code AO_59A0F7_RECON_CURSOR}: at most one row. */
@Named
public final class AoReconciliationCursor implements ReconciliationCursor {

    private final ActiveObjects ao;

    @Inject
    public AoReconciliationCursor(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public State read() {
        ReconciliationCursorEntity[] rows = ao.find(ReconciliationCursorEntity.class);
        if (rows.length == 0) {
            return State.EMPTY;
        }
        ReconciliationCursorEntity row = rows[0];
        return new State(position(row.getUpdatedAtMillis(), row.getUpdatedWorklogId()),
                position(row.getDeletedAtMillis(), row.getDeletedWorklogId()), row.getSweptToWorklogId());
    }

    @Override
    public void write(State state) {
        ReconciliationCursorEntity[] rows = ao.find(ReconciliationCursorEntity.class);
        ReconciliationCursorEntity row = rows.length == 0 ? ao.create(ReconciliationCursorEntity.class) : rows[0];
        row.setUpdatedAtMillis(state.updated() == null ? null : state.updated().at().toEpochMilli());
        row.setUpdatedWorklogId(state.updated() == null ? null : state.updated().worklogId());
        row.setDeletedAtMillis(state.deleted() == null ? null : state.deleted().at().toEpochMilli());
        row.setDeletedWorklogId(state.deleted() == null ? null : state.deleted().worklogId());
        row.setSweptToWorklogId(state.sweptTo());
        row.save();
    }

    private static Position position(Long millis, Long worklogId) {
        return millis == null ? null : new Position(Instant.ofEpochMilli(millis), worklogId == null ? -1 : worklogId);
    }
}

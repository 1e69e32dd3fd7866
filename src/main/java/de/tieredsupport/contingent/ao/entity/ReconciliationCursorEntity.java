package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** One row: the project whose contract the next reconciliation run starts with (null: the first). */
@Table("RECON_CURSOR")
public interface ReconciliationCursorEntity extends Entity {

    Long getNextProjectId();
    void setNextProjectId(Long projectId);
}

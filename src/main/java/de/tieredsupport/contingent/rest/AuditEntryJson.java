package de.tieredsupport.contingent.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.service.port.AuditEntry;

/** One audit entry: when (ISO instant), who (user key), what (action) and the details. */
public record AuditEntryJson(
        @JsonProperty("at") String at,
        @JsonProperty("actor") String actor,
        @JsonProperty("action") String action,
        @JsonProperty("details") String details) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.at().toString(), entry.actor(), entry.action().name(), entry.details());
    }
}

package de.tieredsupport.contingent.rest;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import de.tieredsupport.contingent.service.view.AuditText;
import de.tieredsupport.contingent.service.port.AuditEntry;

/**
 * One audit entry: when (ISO instant), who (user key and display name), what ({@code type}, and {@code action}, the
 * same value under its earlier name), its {@code parameters} as stored (empty for entries kept as text only), the
 * stored English {@code details}, and {@code text}: the change written out in the caller's language with local
 * times (the stored text for entries kept as text only).
 */
public record AuditEntryJson(
        @JsonProperty("at") String at,
        @JsonProperty("actor") String actor,
        @JsonProperty("actorName") String actorName,
        @JsonProperty("type") String type,
        @JsonProperty("action") String action,
        @JsonProperty("parameters") Map<String, String> parameters,
        @JsonProperty("details") String details,
        @JsonProperty("text") String text) {

    static AuditEntryJson of(AuditEntry entry, AuditText reader) {
        return new AuditEntryJson(entry.at().toString(), entry.actor(), reader.actor(entry), entry.action().name(),
                entry.action().name(), entry.parameters(), entry.details(), reader.details(entry));
    }
}

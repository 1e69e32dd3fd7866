package de.tieredsupport.contingent.service.port;

import java.util.Objects;

/** Display data of an issue for reports, e.g. key {@code "ACME-42"}. */
public record IssueInfo(long issueId, String key, String summary) {

    public IssueInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
    }
}

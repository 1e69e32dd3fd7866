package de.tieredsupport.contingent.service.port;

import java.util.Objects;

/**
 * Display data of an issue for reports, e.g. key {@code "ACME-42"}, as the reader may see it: for an issue the reader
 * may not browse (issue security, or moved into a project the reader cannot browse) only the key, the summary empty.
 */
public record IssueInfo(long issueId, String key, String summary, boolean browsable) {

    public IssueInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        if (!browsable && !summary.isEmpty()) {
            throw new IllegalArgumentException("an issue the reader may not browse has no summary for them");
        }
    }

    /** An issue the reader may browse. */
    public IssueInfo(long issueId, String key, String summary) {
        this(issueId, key, summary, true);
    }

    /** An issue the reader may not browse: its key only. */
    public static IssueInfo restricted(long issueId, String key) {
        return new IssueInfo(issueId, key, "", false);
    }
}

package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.RequestCategory;
import java.util.Optional;

/** The host's "Request category" field: read per issue, written with the host's own change history. */
public interface IssueCategories {

    /** An issue as far as its category matters: where it lives and what its field holds (empty when unset). */
    record CategorizedIssue(long issueId, String issueKey, long projectId, Optional<RequestCategory> stored) {

        /** The category in force: the stored one, or {@link RequestCategory#DEFAULT} while the field is unset. */
        public RequestCategory category() {
            return stored.orElse(RequestCategory.DEFAULT);
        }
    }

    /**
     * The issue with this key as the reader may see it; empty when there is none or the reader may not browse it
     * (the host's issue permission, issue security included), so the two cannot be told apart.
     */
    Optional<CategorizedIssue> find(String issueKey, String readerKey);

    /** The stored category of an issue; empty when the field is unset or holds no category. */
    Optional<RequestCategory> stored(long issueId);

    /** Stores the category in the issue's field as {@code actorKey}, which the host records in the issue's history. */
    void store(long issueId, RequestCategory category, String actorKey);
}

package de.tieredsupport.contingent.service.port;

import java.util.Collection;
import java.util.Map;

/** Issue keys and summaries, looked up in one batch (never one call per ticket line). */
public interface IssueInfoLookup {

    /**
     * Infos of the issues that still exist, as the reader may see them (Jira's browse permission on each issue:
     * {@link IssueInfo#restricted} where it is missing); deleted issues are simply missing from the map.
     *
     * @param readerKey the user key of the reader, null for anonymous
     */
    Map<Long, IssueInfo> findAll(Collection<Long> issueIds, String readerKey);
}

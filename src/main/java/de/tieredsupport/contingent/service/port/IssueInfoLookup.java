package de.tieredsupport.contingent.service.port;

import java.util.Collection;
import java.util.Map;

/** Issue keys and summaries, looked up in one batch (never one call per ticket line). */
public interface IssueInfoLookup {

    /** Infos of the issues that still exist; deleted issues are simply missing from the map. */
    Map<Long, IssueInfo> findAll(Collection<Long> issueIds);
}

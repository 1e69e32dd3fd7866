package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.service.port.IssueInfo;
import de.tieredsupport.contingent.service.port.IssueInfoLookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryIssueInfoLookup implements IssueInfoLookup {

    private final Map<Long, IssueInfo> issues = new HashMap<>();
    private final List<List<Long>> calls = new ArrayList<>();

    public synchronized void put(long issueId, String key, String summary) {
        issues.put(issueId, new IssueInfo(issueId, key, summary));
    }

    @Override
    public synchronized Map<Long, IssueInfo> findAll(Collection<Long> issueIds) {
        calls.add(List.copyOf(issueIds));
        Map<Long, IssueInfo> result = new HashMap<>();
        for (Long id : issueIds) {
            if (issues.containsKey(id)) {
                result.put(id, issues.get(id));
            }
        }
        return result;
    }

    /** The id lists of every batch call, to prove one call per report. */
    public synchronized List<List<Long>> calls() {
        return new ArrayList<>(calls);
    }
}

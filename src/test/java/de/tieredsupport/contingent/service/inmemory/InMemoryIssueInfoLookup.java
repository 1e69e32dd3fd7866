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
    private final Map<Long, java.util.Set<String>> hiddenFrom = new HashMap<>();
    private final List<List<Long>> calls = new ArrayList<>();

    public synchronized void put(long issueId, String key, String summary) {
        issues.put(issueId, new IssueInfo(issueId, key, summary));
    }

    /** The user may not browse the issue (issue security, or moved to a project they cannot browse). */
    public synchronized void hide(long issueId, String userKey) {
        hiddenFrom.computeIfAbsent(issueId, id -> new java.util.HashSet<>()).add(userKey);
    }

    @Override
    public synchronized Map<Long, IssueInfo> findAll(Collection<Long> issueIds, String readerKey) {
        calls.add(List.copyOf(issueIds));
        Map<Long, IssueInfo> result = new HashMap<>();
        for (Long id : issueIds) {
            IssueInfo info = issues.get(id);
            if (info != null) {
                boolean hidden = readerKey == null || hiddenFrom.getOrDefault(id, java.util.Set.of()).contains(readerKey);
                result.put(id, hidden ? IssueInfo.restricted(id, info.key()) : info);
            }
        }
        return result;
    }

    /** The id lists of every batch call, to prove one call per report. */
    public synchronized List<List<Long>> calls() {
        return new ArrayList<>(calls);
    }
}

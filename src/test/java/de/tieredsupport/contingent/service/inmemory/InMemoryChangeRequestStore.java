package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.service.port.ChangeRequestStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class InMemoryChangeRequestStore implements ChangeRequestStore {

    private final Map<Long, ChangeRequest> byIssue = new TreeMap<>();

    @Override
    public synchronized ChangeRequest find(long projectId, long issueId) {
        ChangeRequest found = byIssue.get(issueId);
        return found != null && found.projectId() == projectId ? found : ChangeRequest.none(projectId, issueId);
    }

    @Override
    public synchronized List<ChangeRequest> findAll(long projectId, Collection<Long> issueIds) {
        List<ChangeRequest> result = new ArrayList<>();
        for (Long id : issueIds) {
            ChangeRequest found = byIssue.get(id);
            if (found != null && found.projectId() == projectId) {
                result.add(found);
            }
        }
        return result;
    }

    @Override
    public synchronized boolean anyInProject(long projectId) {
        return !findByProject(projectId).isEmpty();
    }

    @Override
    public synchronized List<ChangeRequest> findByProject(long projectId) {
        return byIssue.values().stream().filter(c -> c.projectId() == projectId).toList();
    }

    @Override
    public synchronized void save(ChangeRequest changeRequest) {
        ChangeRequest stored = byIssue.get(changeRequest.issueId());
        if (stored != null && changeRequest.rounds().size() < stored.rounds().size()) {
            throw new IllegalStateException("Rounds are never removed");
        }
        byIssue.put(changeRequest.issueId(), changeRequest);
    }
}

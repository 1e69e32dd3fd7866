package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.port.IssueCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues with a Request category field in memory. Issues are added explicitly; a reader sees an issue unless it is
 * hidden from them ({@link #hide}), as issue security would. Every store is kept in {@link #writes()}, as Jira's
 * change history would keep it.
 */
public final class InMemoryIssueCategories implements IssueCategories {

    /** One stored change: who set which category on which issue. */
    public record Write(long issueId, RequestCategory category, String actor) {
    }

    private record Ticket(long id, String key, long projectId) {
    }

    private final Map<String, Ticket> byKey = new ConcurrentHashMap<>();
    private final Map<Long, RequestCategory> values = new ConcurrentHashMap<>();
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final List<Write> writes = new ArrayList<>();

    public InMemoryIssueCategories add(long issueId, String issueKey, long projectId) {
        byKey.put(issueKey, new Ticket(issueId, issueKey, projectId));
        return this;
    }

    public InMemoryIssueCategories hide(String issueKey, String readerKey) {
        hidden.add(issueKey + "@" + readerKey);
        return this;
    }

    public synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    @Override
    public Optional<CategorizedIssue> find(String issueKey, String readerKey) {
        Ticket ticket = issueKey == null ? null : byKey.get(issueKey);
        if (ticket == null || readerKey == null || hidden.contains(issueKey + "@" + readerKey)) {
            return Optional.empty();
        }
        return Optional.of(new CategorizedIssue(ticket.id(), ticket.key(), ticket.projectId(), stored(ticket.id())));
    }

    @Override
    public Optional<RequestCategory> stored(long issueId) {
        return Optional.ofNullable(values.get(issueId));
    }

    @Override
    public synchronized void store(long issueId, RequestCategory category, String actorKey) {
        values.put(issueId, category);
        writes.add(new Write(issueId, category, actorKey));
    }
}

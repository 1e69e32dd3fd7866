package de.tieredsupport.contingent.service.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

/**
 * Jira's worklogs and their change lists, in memory, as unkind as Jira may be: pages of a fixed size ordered by change
 * time only, changes of one millisecond in descending id order (so a page may end inside a millisecond out of id
 * order), and "since" either inclusive or exclusive.
 */
public final class InMemoryWorklogFeed implements WorklogChangeFeed {

    private final Map<Long, Changed> worklogs = new LinkedHashMap<>();
    private final Map<Long, Deleted> deleted = new LinkedHashMap<>();
    private final int pageSize;
    private final boolean inclusive;
    private final boolean listsDeletions;
    public int pagesServed;
    public final List<Long> existsChecks = new ArrayList<>();

    public InMemoryWorklogFeed(int pageSize, boolean inclusive, boolean listsDeletions) {
        this.pageSize = pageSize;
        this.inclusive = inclusive;
        this.listsDeletions = listsDeletions;
    }

    /** Stores the worklog as Jira's current state (created or updated at {@code changed.updated()}). */
    public InMemoryWorklogFeed put(Changed changed) {
        worklogs.put(changed.worklogId(), changed);
        deleted.remove(changed.worklogId());
        return this;
    }

    public InMemoryWorklogFeed delete(long worklogId, Instant at) {
        worklogs.remove(worklogId);
        deleted.put(worklogId, new Deleted(worklogId, at));
        return this;
    }

    @Override
    public List<Changed> updatedSince(Instant since) {
        pagesServed++;
        return page(new ArrayList<>(worklogs.values()), since, Changed::updated, Changed::worklogId);
    }

    @Override
    public Optional<List<Deleted>> deletedSince(Instant since) {
        if (!listsDeletions) {
            return Optional.empty();
        }
        pagesServed++;
        return Optional.of(page(new ArrayList<>(deleted.values()), since, Deleted::deletedAt, Deleted::worklogId));
    }

    @Override
    public boolean exists(long worklogId) {
        existsChecks.add(worklogId);
        return worklogs.containsKey(worklogId);
    }

    private <T> List<T> page(List<T> all, Instant since, java.util.function.Function<T, Instant> at,
            java.util.function.ToLongFunction<T> id) {
        all.removeIf(item -> inclusive ? at.apply(item).isBefore(since) : !at.apply(item).isAfter(since));
        all.sort(Comparator.comparing(at).thenComparing(Comparator.comparingLong(id).reversed()));
        return List.copyOf(all.subList(0, Math.min(pageSize, all.size())));
    }
}

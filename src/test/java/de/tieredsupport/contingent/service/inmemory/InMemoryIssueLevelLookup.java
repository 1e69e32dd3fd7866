package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.IssueLevelLookup;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Support Level field of issues; unset issues have no level. */
public final class InMemoryIssueLevelLookup implements IssueLevelLookup {

    private final Map<Long, SupportLevel> levels = new ConcurrentHashMap<>();

    @Override
    public Optional<SupportLevel> currentLevel(long issueId) {
        return Optional.ofNullable(levels.get(issueId));
    }

    /** Sets (escalates) the issue's level; null clears it. */
    public void set(long issueId, SupportLevel level) {
        if (level == null) {
            levels.remove(issueId);
        } else {
            levels.put(issueId, level);
        }
    }
}

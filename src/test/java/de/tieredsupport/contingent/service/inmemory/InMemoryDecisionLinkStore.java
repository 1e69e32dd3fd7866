package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.port.DecisionLinkStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decision links in a list, in issue order. */
public final class InMemoryDecisionLinkStore implements DecisionLinkStore {

    private final List<DecisionLink> links = new ArrayList<>();

    @Override
    public synchronized void add(DecisionLink link) {
        if (findByHash(link.tokenHash()).isPresent()) {
            throw new IllegalStateException("duplicate hash");
        }
        links.add(link);
    }

    @Override
    public synchronized Optional<DecisionLink> findByHash(String tokenHash) {
        return links.stream().filter(l -> l.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized List<DecisionLink> findRequest(long projectId, YearMonth month, SupportLevel level) {
        return links.stream().filter(l -> l.projectId() == projectId && l.month().equals(month)
                && l.level() == level).toList();
    }

    @Override
    public synchronized void update(DecisionLink link) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).tokenHash().equals(link.tokenHash())) {
                links.set(i, link);
                return;
            }
        }
        throw new IllegalStateException("unknown link");
    }

    public synchronized List<DecisionLink> all() {
        return List.copyOf(links);
    }
}

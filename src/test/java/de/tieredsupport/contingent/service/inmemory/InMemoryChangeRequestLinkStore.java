package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.service.port.ChangeRequestLinkStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Change-request links in a list, in issue order. */
public final class InMemoryChangeRequestLinkStore implements ChangeRequestLinkStore {

    private final List<ChangeRequestLink> links = new ArrayList<>();

    @Override
    public synchronized void add(ChangeRequestLink link) {
        if (findByHash(link.tokenHash()).isPresent()) {
            throw new IllegalStateException("duplicate hash");
        }
        links.add(link);
    }

    @Override
    public synchronized Optional<ChangeRequestLink> findByHash(String tokenHash) {
        return links.stream().filter(l -> l.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized List<ChangeRequestLink> findRound(long projectId, long issueId, int round) {
        return links.stream().filter(l -> l.projectId() == projectId && l.issueId() == issueId && l.round() == round)
                .toList();
    }

    @Override
    public synchronized void update(ChangeRequestLink link) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).tokenHash().equals(link.tokenHash())) {
                links.set(i, link);
                return;
            }
        }
        throw new IllegalStateException("unknown link");
    }

    public synchronized List<ChangeRequestLink> all() {
        return List.copyOf(links);
    }
}

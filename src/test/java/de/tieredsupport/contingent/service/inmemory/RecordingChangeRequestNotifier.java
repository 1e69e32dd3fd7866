package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.ChangeRequestNotifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been announced about change requests. */
public final class RecordingChangeRequestNotifier implements ChangeRequestNotifier {

    /** One announced 100 % of an estimate. */
    public record Reached(long issueId, int round, long minutesToDate, List<String> recipients) {
    }

    public final List<Reached> reached = new ArrayList<>();

    @Override
    public synchronized void estimateReached(Contract contract, Terms terms, ChangeRequest changeRequest,
            long minutesToDate) {
        List<String> to = new ArrayList<>(terms.recipients());
        terms.decisionMakers().forEach(m -> to.add(m.email()));
        reached.add(new Reached(changeRequest.issueId(), changeRequest.approvedInForce().orElseThrow().number(),
                minutesToDate, to));
    }
}

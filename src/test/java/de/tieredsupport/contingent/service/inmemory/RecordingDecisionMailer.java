package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.service.port.DecisionMailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps the decision mails instead of sending them: the requests with their tokens, and the announcements. */
public final class RecordingDecisionMailer implements DecisionMailer {

    /** A request as the decision maker would get it. */
    public record Request(DecisionLink link, String token, LevelStatus status) {
    }

    public final List<Request> requests = new ArrayList<>();
    public final List<DecisionLink> announcements = new ArrayList<>();
    /** The decision makers' notes of the announcements, in the same order. */
    public final List<String> announcedNotes = new ArrayList<>();

    @Override
    public synchronized void requestDecision(DecisionLink link, String token, Contract contract, LevelStatus status) {
        requests.add(new Request(link, token, status));
    }

    @Override
    public synchronized void announceDecision(DecisionLink link, Contract contract, String note) {
        announcements.add(link);
        announcedNotes.add(note);
    }
}

package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.port.ChangeRequestMailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps the change-request mails instead of sending them: the requests with their tokens, and the announcements. */
public final class RecordingChangeRequestMailer implements ChangeRequestMailer {

    /** A request as the decision maker would get it. */
    public record Request(ChangeRequestLink link, String token, ChangeRequest.Round round, Money amount) {
    }

    /** An announcement to the alert recipients. */
    public record Announcement(ChangeRequest changeRequest, String issueKey, List<String> recipients) {
    }

    public final List<Request> requests = new ArrayList<>();
    public final List<Announcement> announcements = new ArrayList<>();

    @Override
    public synchronized void requestDecision(ChangeRequestLink link, String token, Contract contract,
            ChangeRequest.Round round, Money amount) {
        requests.add(new Request(link, token, round, amount));
    }

    @Override
    public synchronized void announceDecision(Contract contract, Terms terms, ChangeRequest changeRequest,
            String issueKey) {
        announcements.add(new Announcement(changeRequest, issueKey, terms.recipients()));
    }
}

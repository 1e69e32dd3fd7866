package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Terms;

/** Tells people about a change request; called after the transaction that recorded the event has committed. */
public interface ChangeRequestNotifier {

    /**
     * Work on an approved change request reached 100 % of its approved estimate (once per estimate round): the alert
     * recipients and the decision makers of the terms in force are told.
     *
     * @param terms the terms in force now (recipients, decision makers)
     * @param minutesToDate change-request minutes booked on the ticket so far, all levels and months
     */
    void estimateReached(Contract contract, Terms terms, ChangeRequest changeRequest, long minutesToDate);
}

package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.Terms;

/**
 * Mails of a change request's decision. Called after the transaction that stored the links or the decision has
 * committed; must not throw.
 */
public interface ChangeRequestMailer {

    /**
     * Asks one decision maker to approve or reject a submitted estimate: a mail in the decision maker's language
     * with the link built from {@code token}, which leads to a page outside Jira's login (never to a Jira page).
     *
     * @param amount the estimated amount at the rate of the implementation level in force
     */
    void requestDecision(ChangeRequestLink link, String token, Contract contract, ChangeRequest.Round round,
            Money amount);

    /**
     * Tells the alert recipients of {@code terms} what was decided on the change request's current round (through
     * a link or recorded by a manager); they may open the ticket in Jira.
     */
    void announceDecision(Contract contract, Terms terms, ChangeRequest changeRequest, String issueKey);
}

package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.LevelStatus;

/**
 * Mails of the customer's decision. Called after the transaction that stored the links or the decision has
 * committed; must not throw.
 */
public interface DecisionMailer {

    /**
     * Asks one decision maker to decide: a mail in the decision maker's language with the link built from
     * {@code token}, which leads to a page outside Jira's login (never to a Jira page).
     */
    void requestDecision(DecisionLink link, String token, Contract contract, LevelStatus status);

    /**
     * Tells the alert recipients of the terms in force what the customer decided through a link.
     *
     * @param note the decision maker's note; empty or null for none
     */
    void announceDecision(DecisionLink link, Contract contract, String note);
}

package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;

/**
 * Delivers a fired alert (the adapter queues mail to the recipients of the terms in force). Called once per alert,
 * after the transaction that recorded it has committed. The alert carries its figures (used of available, the
 * crossing booking); what else the mail shows comes from the contract.
 */
public interface AlertSender {

    void send(Alert alert, Contract contract);
}

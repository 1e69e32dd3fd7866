package de.tieredsupport.contingent.service.port;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.ContractStatus;

/**
 * Delivers a fired alert (the adapter queues mail to the recipients of the terms in force). Called once per alert,
 * after the transaction that recorded it has committed.
 */
public interface AlertSender {

    void send(Alert alert, Contract contract, ContractStatus status);
}

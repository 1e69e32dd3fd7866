package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.service.port.AlertSender;
import java.util.ArrayList;
import java.util.List;

/** Remembers what would have been mailed. */
public final class RecordingAlertSender implements AlertSender {

    public record Sent(Alert alert, Contract contract) {
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public synchronized void send(Alert alert, Contract contract) {
        sent.add(new Sent(alert, contract));
    }

    public synchronized List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    public synchronized List<Alert> alerts() {
        return sent.stream().map(Sent::alert).toList();
    }
}

package de.tieredsupport.contingent.sandbox.fakejira;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;

/**
 * Fake of Jira's outgoing {@link MailQueue}: nothing is sent; every queued mail is captured (in memory, for the
 * life of the sandbox) and shown on the sandbox's outbox page.
 */
public final class FakeMailQueue implements MailQueue {

    /** A captured mail. */
    public record CapturedMail(int number, Instant queuedAt, String to, String subject, String body,
            String mimeType) {
    }

    private final List<CapturedMail> captured = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public FakeMailQueue(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void addItem(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem)) {
            throw new UnsupportedOperationException("The sandbox captures SingleMailQueueItem only, not "
                    + (item == null ? "null" : item.getClass().getName()));
        }
        Email email = ((SingleMailQueueItem) item).getEmail();
        captured.add(new CapturedMail(captured.size() + 1, clock.instant(), email.getTo(), email.getSubject(),
                email.getBody(), email.getMimeType()));
    }

    /** Every mail queued so far, oldest first. */
    public List<CapturedMail> captured() {
        return List.copyOf(captured);
    }

    public void clear() {
        captured.clear();
    }
}

package nl.ptvt.academy.mail.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.mail.domain.OutboxMail;
import nl.ptvt.academy.mail.infrastructure.MailSettings;
import nl.ptvt.academy.mail.infrastructure.MailTransport;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.SchemaReady;

/**
 * Delivers the outbox. Every instance runs it on a non-persistent timer (persistent EJB timers stop for good when
 * their instance dies); instances do not get in each other's way because each claims the mails it sends (see
 * {@link nl.ptvt.academy.mail.domain.OutboxRepository#claimDue}). A mail is sent at least once: only a crash
 * between sending and recording it makes another instance send it again after the claim has run out.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 10;
    /** Keeps one timer tick from sending for ever when mail keeps coming in. */
    static final int MAX_BATCHES_PER_TICK = 20;

    @Resource
    TimerService timers;

    @Inject
    AcademySettings academySettings;

    @Inject
    MailDelivery delivery;

    @Inject
    MailTransport transport;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile MailSettings settings;

    /** Starts once the schema is there. */
    public void start(@Observes SchemaReady schema) {
        settings = academySettings.mail();
        long interval = settings.sendInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail outbox", false));
    }

    @Timeout
    public void sendDue() {
        // A tick that comes while the previous one still sends leaves the work to it.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
                List<ClaimedMail> claimed = delivery.claimDue(BATCH);
                claimed.forEach(this::send);
                if (claimed.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail sender could not read the outbox; it tries again at its next run", e);
        } finally {
            running.set(false);
        }
    }

    private void send(ClaimedMail claimed) {
        try {
            transport.deliver(claimed.id(), claimed.mail());
        } catch (Exception e) {
            recordFailure(claimed, e);
            return;
        }
        delivery.recordSent(claimed);
    }

    private void recordFailure(ClaimedMail claimed, Exception failure) {
        boolean permanent = failure instanceof AddressException;
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        delivery.recordFailure(claimed, error, permanent, settings.retries()).ifPresent(mail -> LOG.warning(() ->
                describe(mail) + " could not be sent (attempt " + mail.attempts() + " of " + settings.retries().maxAttempts()
                        + "): " + error + "; " + outlook(mail)));
    }

    private static String describe(OutboxMail mail) {
        return "Mail " + mail.id() + " (\"" + mail.subject() + "\")";
    }

    private static String outlook(OutboxMail mail) {
        return switch (mail.status()) {
            case PENDING -> "next attempt at " + mail.nextAttemptAt();
            case FAILED -> "given up, status FAILED";
            case SENT -> "sent";
        };
    }
}

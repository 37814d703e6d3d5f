package nl.ptvt.academy.session.application;

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
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.shared.infrastructure.SchemaReady;
import org.eclipse.microprofile.config.Config;

/**
 * Reminds participants of their session two days before. Every instance runs the pass on a non-persistent timer
 * (persistent EJB timers stop for good when their instance dies) every {@code ACADEMY_REMINDER_INTERVAL_SECONDS}
 * (default 900). Runs on two instances, or a run repeated, do not remind twice: each reminder has a dedup key of its
 * booking and the session's start, unique in the outbox, and the outbox skips a key queued before (waiting for another
 * instance's transaction that is queuing the same key). A session moved to another time reminds again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionReminders {

    private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());
    static final int PAGE = 100;
    static final long DEFAULT_INTERVAL_SECONDS = 900;

    @Resource
    TimerService timers;

    @Inject
    Config config;

    @Inject
    ReminderPass pass;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts once the schema is there. */
    public void start(@Observes SchemaReady schema) {
        long seconds = Math.max(1, config.getOptionalValue("academy.reminder.interval.seconds", Long.class).orElse(DEFAULT_INTERVAL_SECONDS));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("session reminders", false));
    }

    @Timeout
    public void remindDue() {
        // A tick that comes while the previous run still goes leaves the work to it.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            int queued = 0;
            ReminderPass.Result page = pass.remindPage(now, 0, PAGE);
            queued += page.queued();
            while (page.due() == PAGE) {
                page = pass.remindPage(now, page.lastBookingId(), PAGE);
                queued += page.queued();
            }
            if (queued > 0) {
                int count = queued;
                LOG.info(() -> count + " session reminder(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session reminders could not be queued; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}

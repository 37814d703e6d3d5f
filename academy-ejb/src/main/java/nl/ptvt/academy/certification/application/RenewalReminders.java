package nl.ptvt.academy.certification.application;

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
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.shared.infrastructure.SchemaReady;
import org.eclipse.microprofile.config.Config;

/**
 * Reminds holders to renew a certificate once, when it enters the renewal window (eight weeks before its expiry).
 * Like the session reminders: a non-persistent timer on every instance, every {@code ACADEMY_REMINDER_INTERVAL_SECONDS}
 * (default 900), each page claimed by conditional updates ({@link RenewalReminderPass}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalReminders {

    private static final Logger LOG = Logger.getLogger(RenewalReminders.class.getName());
    static final int PAGE = 100;
    static final long DEFAULT_INTERVAL_SECONDS = 900;

    @Resource
    TimerService timers;

    @Inject
    Config config;

    @Inject
    RenewalReminderPass pass;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts once the schema is there. */
    public void start(@Observes SchemaReady schema) {
        long seconds = Math.max(1, config.getOptionalValue("academy.reminder.interval.seconds", Long.class).orElse(DEFAULT_INTERVAL_SECONDS));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("certificate renewal reminders", false));
    }

    @Timeout
    public void remindDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, CertificateIssuing.ZONE);
            int queued = 0;
            RenewalReminderPass.Result page = pass.remindPage(today, now, 0, PAGE);
            queued += page.queued();
            while (page.due() == PAGE) {
                page = pass.remindPage(today, now, page.lastId(), PAGE);
                queued += page.queued();
            }
            if (queued > 0) {
                int count = queued;
                LOG.info(() -> count + " certificate renewal reminder(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The certificate renewal reminders could not be queued; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}

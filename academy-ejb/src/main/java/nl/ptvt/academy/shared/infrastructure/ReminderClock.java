package nl.ptvt.academy.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.Config;

/**
 * The one timer of the reminder jobs (session reminders, certificate renewals): a non-persistent timer on every
 * instance (persistent EJB timers stop for good when their instance dies), every
 * {@code ACADEMY_REMINDER_INTERVAL_SECONDS} (default 900), that fires {@link ReminderTick}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderClock {

    static final long DEFAULT_INTERVAL_SECONDS = 900;

    @Resource
    TimerService timers;

    @Inject
    Config config;

    @Inject
    Event<ReminderTick> ticks;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts once the schema is there. */
    public void start(@Observes SchemaReady schema) {
        long seconds = Math.max(1, config.getOptionalValue("academy.reminder.interval.seconds", Long.class).orElse(DEFAULT_INTERVAL_SECONDS));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("reminders", false));
    }

    @Timeout
    public void tick() {
        // A tick that comes while the previous one still runs leaves the work to it.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            ticks.fire(new ReminderTick(clock.instant()));
        } finally {
            running.set(false);
        }
    }
}

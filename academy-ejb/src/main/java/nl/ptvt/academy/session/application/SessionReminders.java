package nl.ptvt.academy.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.shared.infrastructure.ReminderTick;

/**
 * Reminds participants of their session two days before, on every {@link ReminderTick} of every instance. Runs on two
 * instances, or a run repeated, do not remind twice: each reminder has a dedup key of its booking and the session's
 * start, unique in the outbox, and the outbox skips a key queued before (waiting for another instance's transaction
 * that is queuing the same key). A session moved to another time reminds again.
 */
@ApplicationScoped
public class SessionReminders {

    private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());
    static final int PAGE = 100;

    @Inject
    ReminderPass pass;

    void remindDue(@Observes ReminderTick tick) {
        try {
            int queued = 0;
            ReminderPass.Result page = pass.remindPage(tick.now(), 0, PAGE);
            queued += page.queued();
            while (page.due() == PAGE) {
                page = pass.remindPage(tick.now(), page.lastBookingId(), PAGE);
                queued += page.queued();
            }
            if (queued > 0) {
                int count = queued;
                LOG.info(() -> count + " session reminder(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session reminders could not be queued; the next run tries again", e);
        }
    }
}

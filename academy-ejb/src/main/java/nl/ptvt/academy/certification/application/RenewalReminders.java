package nl.ptvt.academy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.shared.infrastructure.ReminderTick;

/**
 * Reminds holders to renew a certificate once, when it enters the renewal window (eight weeks before its expiry), on
 * every {@link ReminderTick} of every instance; each page is claimed by conditional updates
 * ({@link RenewalReminderPass}), so two instances never remind the same certificate.
 */
@ApplicationScoped
public class RenewalReminders {

    private static final Logger LOG = Logger.getLogger(RenewalReminders.class.getName());
    static final int PAGE = 100;

    @Inject
    RenewalReminderPass pass;

    void remindDue(@Observes ReminderTick tick) {
        try {
            LocalDate today = LocalDate.ofInstant(tick.now(), CertificateIssuing.ZONE);
            int queued = 0;
            RenewalReminderPass.Result page = pass.remindPage(today, tick.now(), 0, PAGE);
            queued += page.queued();
            while (page.due() == PAGE) {
                page = pass.remindPage(today, tick.now(), page.lastId(), PAGE);
                queued += page.queued();
            }
            if (queued > 0) {
                int count = queued;
                LOG.info(() -> count + " certificate renewal reminder(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The certificate renewal reminders could not be queued; the next run tries again", e);
        }
    }
}

package nl.ptvt.academy.session.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.DueReminder;
import nl.ptvt.academy.session.domain.SessionRepository;
import nl.ptvt.academy.session.domain.TrainingSession;

/**
 * One page of the reminder run in a transaction of its own: the confirmed bookings of scheduled sessions that start
 * within {@link #AHEAD} and have not started, read in two queries (bookings with their participants, then their
 * sessions), and a reminder queued for each that has none yet.
 */
@Stateless
@PermitAll
public class ReminderPass {

    /** Reminded two days before. */
    public static final Duration AHEAD = Duration.ofHours(48);

    @Inject
    BookingRepository bookings;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionMails mails;

    /**
     * @param afterBookingId 0 for the first page, then the {@link Result#lastBookingId} of the one before
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result remindPage(Instant now, long afterBookingId, int size) {
        List<DueReminder> due = bookings.confirmedStartingBetween(now, now.plus(AHEAD), afterBookingId, size);
        if (due.isEmpty()) {
            return new Result(0, 0, afterBookingId);
        }
        Map<Long, TrainingSession> byId = sessions.findAll(due.stream().map(DueReminder::sessionId).distinct().toList())
                .stream().collect(Collectors.toMap(TrainingSession::id, Function.identity()));
        int queued = mails.remind(due, byId);
        return new Result(due.size(), queued, due.get(due.size() - 1).bookingId());
    }

    /**
     * @param due    the bookings on this page
     * @param queued the reminders queued now (the others had been queued before, by this or another instance)
     */
    public record Result(int due, int queued, long lastBookingId) {
    }
}

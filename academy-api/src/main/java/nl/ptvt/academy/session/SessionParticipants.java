package nl.ptvt.academy.session;

import java.time.Instant;
import java.util.List;

/**
 * A session with the people booked on it (confirmed first, then those waiting, each by name): what the trainer's page
 * and the sign-in sheet show. {@code trainers} are names; {@code onlineUrl} is there for the trainer to join.
 */
public record SessionParticipants(long sessionId, long courseId, String courseTitle, SessionStatus status,
                                  Instant startsAt, Instant endsAt, Venue venue, String onlineUrl,
                                  List<String> trainers, Instant completedAt, boolean started,
                                  List<ParticipantView> participants) {

    public SessionParticipants {
        trainers = List.copyOf(trainers);
        participants = List.copyOf(participants);
    }

    /** The people with a seat: the rows of the sign-in sheet, and whose attendance is recorded. */
    public List<ParticipantView> confirmed() {
        return participants.stream().filter(participant -> participant.status() == BookingStatus.CONFIRMED).toList();
    }
}

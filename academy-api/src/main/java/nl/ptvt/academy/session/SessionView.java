package nl.ptvt.academy.session;

import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.organisation.Province;

/**
 * A session as shown to people. {@code onlineUrl} is only filled for those who may join (a confirmed participant, a
 * trainer of the session, an administrator); everyone else sees {@code online} only. {@code seatsPerOrganisation} is
 * null when one organisation may take any number of places. {@code parts} is empty for a session in one stretch.
 */
public record SessionView(long id, long courseId, SessionStatus status, Instant startsAt, Instant endsAt,
                          Instant bookingDeadline, int capacity, int seatsLeft, Venue venue, boolean online,
                          String onlineUrl, OpenTo openTo, List<Province> provinces, Long organisationId,
                          String cancelReason, Integer seatsPerOrganisation, List<SessionPart> parts) {

    public SessionView {
        provinces = List.copyOf(provinces);
        parts = List.copyOf(parts);
    }
}

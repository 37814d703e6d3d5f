package nl.ptvt.academy.session.domain;

import nl.ptvt.academy.organisation.Province;

/**
 * Someone to be booked, with what decides whether a session takes them: their organisation and its province (both
 * null: in no organisation), and how many active bookings (seats and waiting list) their organisation already has
 * for the session, counted under the session's lock.
 */
public record Participant(long accountId, Long organisationId, Province province, int organisationBookings) {

    /** Someone whose organisation has no active booking for the session yet. */
    public Participant(long accountId, Long organisationId, Province province) {
        this(accountId, organisationId, province, 0);
    }
}

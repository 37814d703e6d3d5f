package nl.ptvt.academy.session.domain;

import nl.ptvt.academy.organisation.Province;

/** Someone to be booked, with what decides whether a session is open to them (both null: in no organisation). */
public record Participant(long accountId, Long organisationId, Province province) {
}

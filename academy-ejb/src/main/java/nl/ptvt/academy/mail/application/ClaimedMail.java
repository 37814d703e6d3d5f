package nl.ptvt.academy.mail.application;

import nl.ptvt.academy.mail.domain.OutgoingMail;

/** A mail this sender has claimed: what to send, and the claim needed to record the outcome. */
public record ClaimedMail(long id, String claimToken, int attemptsBefore, OutgoingMail mail) {
}

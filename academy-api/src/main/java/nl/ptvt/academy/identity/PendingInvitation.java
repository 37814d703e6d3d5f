package nl.ptvt.academy.identity;

import java.time.Instant;

/** An invitation that can still be accepted: for whom, and until when. */
public record PendingInvitation(String email, Instant expiresAt) {
}

package nl.ptvt.academy.session;

import java.time.Instant;

/** A line of a trainer's list of sessions: which course, when, where, and how many are booked. */
public record TrainerSession(long sessionId, long courseId, String courseTitle, SessionStatus status, Instant startsAt,
                             Instant endsAt, String city, boolean online, int confirmed, int capacity) {
}

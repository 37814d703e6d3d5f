package nl.ptvt.academy.authoring;

import java.time.Instant;

/** One line of a course's publication history: who published (or archived) which version, when. */
public record PublicationRecord(int version, String action, long accountId, Instant at) {
}

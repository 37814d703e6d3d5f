package nl.ptvt.academy.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the trainers of a session (and administrators) do with it: see who is booked, and record who came. Once every
 * confirmed booking of a started session has a record, the session is COMPLETED; each person recorded as attended
 * for the first time is announced with {@link SessionAttended}.
 */
public interface SessionAttendance {

    /** The caller's sessions as a trainer (an administrator: all sessions), from 60 days ago on, soonest first. */
    List<TrainerSession> sessionsToRun();

    /** The session with its confirmed and waiting participants; for its trainers and administrators. */
    SessionParticipants participants(long sessionId);

    /**
     * Who attended the session (confirmed bookings recorded ATTENDED), one line each, without reading their accounts:
     * for issuing their certificates in bulk; for its trainers and administrators.
     */
    List<SessionAttended> attendees(long sessionId);

    /**
     * Records (or corrects) attendance of confirmed bookings of the session once it has started, all lines or none;
     * answers the participants afterwards.
     */
    SessionParticipants recordAttendance(long sessionId, @NotNull List<@NotNull @Valid AttendanceRecord> records);
}

package nl.ptvt.academy.session;

import jakarta.validation.constraints.NotNull;

/** One line of the attendance a trainer records: the booking, and whether its person came. */
public record AttendanceRecord(
        @NotNull(message = "{academy.session.attendance.booking.required}") Long bookingId,
        @NotNull(message = "{academy.session.attendance.attended.required}") Boolean attended) {
}

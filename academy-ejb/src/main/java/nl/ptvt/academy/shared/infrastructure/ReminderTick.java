package nl.ptvt.academy.shared.infrastructure;

import java.time.Instant;

/**
 * Fired by {@link ReminderClock} every {@code ACADEMY_REMINDER_INTERVAL_SECONDS} on every instance, outside any
 * transaction: features observe it to queue their reminders (each in transactions of its own, and deduplicated, since
 * other instances tick too). An observer catches and logs its own failures, so that the others still run.
 */
public record ReminderTick(Instant now) {
}

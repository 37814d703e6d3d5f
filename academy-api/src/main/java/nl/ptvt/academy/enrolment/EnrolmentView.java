package nl.ptvt.academy.enrolment;

import java.time.Instant;

/**
 * An enrolment as its learner sees it: the course (the title of the enrolled version), the state, the stored
 * progress, the activity and where to resume ({@code resumeLessonId}: the last lesson opened or worked on, else
 * the first one). {@code decision} is the approval decision, or {@code null} when nobody decided (yet).
 */
public record EnrolmentView(long id, long courseId, String courseSlug, String courseTitle, int courseVersion,
                            EnrolmentStatus status, Progress progress, Instant requestedAt, Instant activatedAt,
                            Instant withdrawnAt, Instant firstActivityAt, Instant lastActivityAt, Long resumeLessonId,
                            Decision decision) {

    /** An approval decision: approved or refused (with the approver's reason, if they gave one), and when. */
    public record Decision(boolean approved, Instant decidedAt, String reason) {
    }
}

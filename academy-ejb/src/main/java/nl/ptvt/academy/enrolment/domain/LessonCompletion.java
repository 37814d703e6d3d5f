package nl.ptvt.academy.enrolment.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A page, video or file lesson a learner marked as done; once per lesson per enrolment (the primary key). */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
@Cacheable(false)
public class LessonCompletion {

    @Id
    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Id
    @Column(name = "lesson_id")
    private long lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long enrolmentId, long lessonId, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long lessonId() {
        return lessonId;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** The primary key. */
    public record Key(long enrolmentId, long lessonId) implements Serializable {
    }
}

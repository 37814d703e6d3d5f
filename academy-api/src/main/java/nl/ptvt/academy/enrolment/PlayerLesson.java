package nl.ptvt.academy.enrolment;

import nl.ptvt.academy.catalogue.CourseDetail;

/**
 * One lesson of the enrolled version as the lesson player shows it: its content (a quiz's questions without
 * correct answers or feedback), the learner's state, and the neighbours for "previous" and "next" ({@code null}
 * at the ends of the course).
 */
public record PlayerLesson(long enrolmentId, EnrolmentOutline.LessonOutline state, CourseDetail.LessonView content,
                           Long previousLessonId, Long nextLessonId) {
}

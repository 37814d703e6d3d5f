/**
 * Online learning: enrolling in e-learning courses (by oneself, with an approval, or by a coordinator), working
 * through the lessons and quizzes of the enrolled version, the stored progress and completion, and the progress
 * reports for authors, administrators and coordinators. {@link nl.ptvt.academy.enrolment.CourseCompleted} tells
 * other features that someone finished a course.
 */
package nl.ptvt.academy.enrolment;

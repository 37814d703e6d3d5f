package nl.ptvt.academy.authoring;

/** Someone who writes a course: its owner (who started it) or a co-author. */
public record CourseAuthor(long id, String name, String email, boolean owner) {
}

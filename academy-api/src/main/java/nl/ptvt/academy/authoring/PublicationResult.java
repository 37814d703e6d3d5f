package nl.ptvt.academy.authoring;

import nl.ptvt.academy.catalogue.CourseStatus;

/** The state of a course after publishing or archiving, and the version now in the catalogue. */
public record PublicationResult(long courseId, CourseStatus status, int version) {
}

package nl.ptvt.academy.authoring;

import nl.ptvt.academy.catalogue.CourseStatus;

/**
 * A course as its author's list shows it: the latest version (the draft when there is one, else the published
 * version), the course's status and whether unpublished changes wait in a draft.
 */
public record AuthoredCourse(long id, String slug, String title, CourseStatus status, int version, boolean hasDraft) {
}

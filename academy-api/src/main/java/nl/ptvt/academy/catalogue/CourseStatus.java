package nl.ptvt.academy.catalogue;

/** A course's life: written as a draft, published in the catalogue, archived when no longer offered. */
public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED
}

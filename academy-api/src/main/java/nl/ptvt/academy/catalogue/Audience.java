package nl.ptvt.academy.catalogue;

/** Who a course is for. */
public enum Audience {
    PRIMARY_TEACHER, SECONDARY_TEACHER, VOCATIONAL_TEACHER, SCHOOL_LEADER, COMPANY_STAFF, TECHNIEKCOACH
}

/** JPA storage of enrolments, lessons marked as done and quiz attempts, and the report queries. */
package nl.ptvt.academy.enrolment.infrastructure;

/** Certificates in the database (JPA) and the observers that issue them when a course is completed or a session attended. */
package nl.ptvt.academy.certification.infrastructure;

/** JPA repositories of sessions and bookings. */
package nl.ptvt.academy.session.infrastructure;

/** Sessions and bookings: the capacity, waiting-list, deadline and audience rules live on {@link nl.ptvt.academy.session.domain.TrainingSession}. */
package nl.ptvt.academy.session.domain;

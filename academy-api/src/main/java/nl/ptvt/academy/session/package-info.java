/** Scheduled sessions of webinars, workshops and trainings, and the bookings for them (seats and waiting list). */
package nl.ptvt.academy.session;

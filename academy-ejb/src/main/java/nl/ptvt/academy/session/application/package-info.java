/** The session services: scheduling, booking and cancelling, each booking or cancellation under its session's lock. */
package nl.ptvt.academy.session.application;

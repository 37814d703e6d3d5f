/**
 * The booking pages: the sessions on a course's page ({@code /cursus/{slug}}), the public calendar ({@code /agenda})
 * and the coordinator's page for booking colleagues ({@code /coordinator/boeken}).
 */
package nl.ptvt.academy.session.web;

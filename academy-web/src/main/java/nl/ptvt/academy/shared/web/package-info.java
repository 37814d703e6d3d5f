/**
 * What every Faces page shares: the chosen language, the signed-in person (and the filter that sends them to
 * "Mijn account" while their password must be changed), translated texts and messages, server-side validation
 * of commands into field messages, the date formatter and the lazy table model over a service's pages.
 */
package nl.ptvt.academy.shared.web;

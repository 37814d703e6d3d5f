/**
 * The Faces pages about accounts: signing in, registering, "Mijn account" with the password change, and the
 * administrators' user management. The beans only call the identity contracts and turn their answers into
 * messages; the rules live in the services.
 */
package nl.ptvt.academy.identity.web;

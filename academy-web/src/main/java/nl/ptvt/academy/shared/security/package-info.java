/**
 * Signing in: pages use a session after a form login, the REST API uses bearer tokens. Jakarta Security 3 allows
 * one authentication mechanism per application, so {@link nl.ptvt.academy.shared.security.AcademyAuthenticationMechanism}
 * chooses by path and hands page requests to {@link nl.ptvt.academy.shared.security.FormLoginMechanism}.
 */
package nl.ptvt.academy.shared.security;

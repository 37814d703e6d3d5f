/**
 * Technical plumbing every feature relies on: configuration, the data source (embedded H2 or MySQL), the
 * Flyway migrations, JPA conversions, health checks and the caller of the current request.
 */
package nl.ptvt.academy.shared.infrastructure;

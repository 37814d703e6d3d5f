/** JPA storage of organisations. */
package nl.ptvt.academy.organisation.infrastructure;

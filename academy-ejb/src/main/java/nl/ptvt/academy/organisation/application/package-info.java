/** The organisation directory service. */
package nl.ptvt.academy.organisation.application;

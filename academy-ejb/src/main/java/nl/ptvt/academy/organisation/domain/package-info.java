/** Organisations: schools, companies and partner networks, each in one province. */
package nl.ptvt.academy.organisation.domain;

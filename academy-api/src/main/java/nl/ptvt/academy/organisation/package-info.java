/** Organisations the Academy serves (schools, companies, partner networks) and the directory to find them. */
package nl.ptvt.academy.organisation;

/** Storage of courses and the catalogue index (JPA), and the HTML sanitiser. */
package nl.ptvt.academy.catalogue.infrastructure;

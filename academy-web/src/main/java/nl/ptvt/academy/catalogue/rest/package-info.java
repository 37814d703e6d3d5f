/** REST resources of the public catalogue: themes, the course search and a course's table of contents. */
package nl.ptvt.academy.catalogue.rest;

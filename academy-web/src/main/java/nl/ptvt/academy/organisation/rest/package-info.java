/** REST resources of the organisation directory. */
package nl.ptvt.academy.organisation.rest;

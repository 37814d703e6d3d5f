/**
 * The public catalogue pages: searching the offer at {@code /catalogus} and reading a course at
 * {@code /cursus/{slug}}. The beans only call the {@link nl.ptvt.academy.catalogue.Catalogue} contract; searching,
 * filtering and paging happen in the service and its database.
 */
package nl.ptvt.academy.catalogue.web;

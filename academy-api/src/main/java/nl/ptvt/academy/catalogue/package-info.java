/** The public catalogue of the Academy's offer: published courses, their themes and their table of contents. */
package nl.ptvt.academy.catalogue;

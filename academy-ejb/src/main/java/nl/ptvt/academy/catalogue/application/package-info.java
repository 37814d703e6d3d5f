/** The catalogue use cases: search and read published courses (their drafts for their authors), themes. */
package nl.ptvt.academy.catalogue.application;

package nl.ptvt.academy.catalogue;

/** Orders of the catalogue: by title, or the most recently published first. */
public enum CatalogueSort {
    TITLE, NEWEST
}

package nl.ptvt.academy.catalogue.web;

import static nl.ptvt.academy.catalogue.web.CataloguePage.GAP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page links under the results: first, last and two on either side of the current page, "…" for the rest. */
class CataloguePagingTest {

    @Test
    void aFewPagesAreAllShown() {
        assertEquals(List.of(1), CataloguePage.pageNumbers(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5), CataloguePage.pageNumbers(3, 5));
    }

    @Test
    void manyPagesAreShortenedAroundTheCurrentPage() {
        assertEquals(List.of(1, 2, 3, GAP, 20), CataloguePage.pageNumbers(1, 20));
        assertEquals(List.of(1, GAP, 8, 9, 10, 11, 12, GAP, 20), CataloguePage.pageNumbers(10, 20));
        assertEquals(List.of(1, GAP, 18, 19, 20), CataloguePage.pageNumbers(20, 20));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, GAP, 20), CataloguePage.pageNumbers(4, 20));
    }
}

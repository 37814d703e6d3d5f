package nl.ptvt.academy.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A course page lives at /cursus/{slug}: the filter finds the slug, the view handler keeps links on that address. */
class CourseAddressTest {

    @Test
    void theSlugIsTheLastPartOfTheAddress() {
        assertEquals("een-goede-gastles-geven", CourseAddressFilter.slugOf("/cursus/een-goede-gastles-geven"));
        assertEquals("inspiratieles-w-t", CourseAddressFilter.slugOf("/cursus/inspiratieles-w-t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cursus/", "/cursus/a/b", "/cursus/Hoofdletters", "/cursus/-begin", "/cursus/dubbel--streepje",
            "/cursus/%3Cscript%3E", "/cursus/..", "/catalogus"})
    void anythingElseIsNotACourseAddress(String path) {
        assertNull(CourseAddressFilter.slugOf(path));
    }

    @Test
    void redirectsAndLinksToTheViewUseTheCourseAddress() {
        assertEquals("/cursus/techniekcoach-basistraining",
                CourseAddressViewHandler.courseAddress("", "/cursus.xhtml?slug=techniekcoach-basistraining"));
        assertEquals("/cursus/techniekcoach-basistraining?a=b",
                CourseAddressViewHandler.courseAddress("", "/cursus?a=b&slug=techniekcoach-basistraining"));
        assertEquals("/academy/cursus/x", CourseAddressViewHandler.courseAddress("/academy", "/academy/cursus.xhtml?slug=x"));
    }

    @Test
    void withoutAValidSlugTheAddressStaysAsItIs() {
        assertEquals("/cursus.xhtml", CourseAddressViewHandler.courseAddress("", "/cursus.xhtml"));
        assertEquals("/cursus.xhtml?slug=%3Cx%3E", CourseAddressViewHandler.courseAddress("", "/cursus.xhtml?slug=%3Cx%3E"));
    }
}

package nl.ptvt.academy.catalogue.domain;

import static nl.ptvt.academy.catalogue.domain.CourseFixtures.AUTHOR;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.NOW;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.content;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.courseWithOneLesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CourseImageTest {

    private static final String ALT = "Leerlingen bouwen een brug van spaghetti";

    @Test
    void aPngOrJpegWithAnAlternativeTextIsACourseImage() {
        assertEquals(new CourseImage(12L, ALT), CourseImage.of(12L, "image/png", ALT));
        assertEquals(new CourseImage(13L, ALT), CourseImage.of(13L, "image/jpeg", "  " + ALT + " "));
    }

    @Test
    void otherFilesAreRefusedByTheirDetectedType() {
        for (String type : new String[] {"application/pdf", "video/mp4", "image/svg+xml", "image/gif", null}) {
            BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> CourseImage.of(12L, type, ALT));
            assertEquals("course.image-type", refusal.code(), type);
        }
    }

    @Test
    void anImageNeedsAnAlternativeTextOfAtMost250Characters() {
        for (String alt : new String[] {null, "", "   "}) {
            assertEquals("course.image-alt-required",
                    assertThrows(BusinessRuleException.class, () -> CourseImage.of(12L, "image/png", alt)).code());
        }
        assertEquals(250, new CourseImage(12L, "a".repeat(250)).alt().length());
        assertEquals("course.image-alt-too-long",
                assertThrows(BusinessRuleException.class, () -> new CourseImage(12L, "a".repeat(251))).code());
    }

    @Test
    void theImageIsContentSoANewDraftCopiesItAndThePublishedVersionKeepsItsOwn() {
        Course course = courseWithOneLesson("Inspiratieles W&T");
        CourseVersion first = course.draft().orElseThrow();
        first.update(withImage(new CourseImage(12L, ALT)));
        course.publish(AUTHOR, NOW);

        CourseVersion second = course.editableDraft(NOW);
        assertEquals(new CourseImage(12L, ALT), second.content().image(), "the new draft starts with the picture");

        second.update(withImage(new CourseImage(14L, "Een klas in het techniekmuseum")));
        assertEquals(new CourseImage(12L, ALT), first.content().image(), "the published version keeps its picture");
        second.update(content("Inspiratieles W&T"));
        assertNull(second.content().image(), "saving without a picture removes it from the draft");
    }

    private static CourseContent withImage(CourseImage image) {
        CourseContent c = content("Inspiratieles W&T");
        return new CourseContent(c.title(), c.summary(), c.description(), c.format(), c.themeCode(), c.audiences(),
                c.programmeLine(), c.studyHours(), c.language(), c.certificate(), c.certificateValidityMonths(), image);
    }
}

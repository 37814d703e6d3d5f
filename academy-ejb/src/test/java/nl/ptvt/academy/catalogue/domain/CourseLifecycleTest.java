package nl.ptvt.academy.catalogue.domain;

import static nl.ptvt.academy.catalogue.domain.CourseFixtures.AUTHOR;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.NOW;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.content;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.courseWithOneLesson;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ptvt.academy.catalogue.CourseStatus;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CourseLifecycleTest {

    @Test
    void aNewCourseIsADraftOfVersionOneOwnedByItsAuthor() {
        Course course = Course.create("beta", AUTHOR, content("Bèta&TechMentality"), NOW);
        assertEquals(CourseStatus.DRAFT, course.status());
        assertEquals(1, course.draft().orElseThrow().number());
        assertFalse(course.isInCatalogue());
        assertTrue(course.canBeEditedBy(AUTHOR, false));
        assertFalse(course.canBeEditedBy(99L, false), "another author may not");
        assertTrue(course.canBeEditedBy(99L, true), "an administrator may");
    }

    @Test
    void publishingPutsTheDraftInTheCatalogueAndKeepsAHistory() {
        Course course = courseWithOneLesson("Een goede gastles geven");
        CourseVersion published = course.publish(AUTHOR, NOW);

        assertEquals(CourseStatus.PUBLISHED, course.status());
        assertTrue(course.isInCatalogue());
        assertSame(published, course.publishedVersion().orElseThrow());
        assertEquals(CourseVersion.State.PUBLISHED, published.state());
        assertTrue(course.draft().isEmpty());
        assertEquals(List.of(PublicationEntry.Action.PUBLISHED), course.publications().stream().map(PublicationEntry::action).toList());
        assertEquals(AUTHOR, course.publications().get(0).accountId());
    }

    @Test
    void editingAPublishedCourseWorksOnANewDraftAndLeavesThePublishedVersionAlone() {
        Course course = courseWithOneLesson("Techniekcoach basistraining");
        CourseVersion first = course.publish(AUTHOR, NOW);

        CourseVersion draft = course.editableDraft(NOW);
        assertEquals(2, draft.number());
        draft.update(content("Techniekcoach basistraining (2027)"));
        draft.modules().get(0).addLesson(text("Nieuw: de techniektorens"));

        assertEquals("Techniekcoach basistraining", first.content().title(), "the catalogue still shows version 1");
        assertEquals(1, first.modules().get(0).lessons().size(), "version 1's lessons are untouched");
        assertEquals(2, draft.modules().get(0).lessons().size());
        assertSame(draft, course.editableDraft(NOW), "one draft at a time");
    }

    @Test
    void publishingTheNextVersionSupersedesTheOldOneWhichStaysFrozen() {
        Course course = courseWithOneLesson("Inspiratieles W&T");
        CourseVersion first = course.publish(AUTHOR, NOW);
        course.editableDraft(NOW).update(content("Inspiratieles W&T, vernieuwd"));
        CourseVersion second = course.publish(AUTHOR, NOW.plusSeconds(60));

        assertEquals(2, second.number());
        assertEquals(CourseVersion.State.SUPERSEDED, first.state());
        assertSame(second, course.publishedVersion().orElseThrow());
        var frozen = assertThrows(BusinessRuleException.class, () -> first.update(content("Stiekem aangepast")));
        assertEquals("course.version-frozen", frozen.code());
        assertThrows(BusinessRuleException.class, () -> first.modules().get(0).addLesson(text("Te laat")));
        assertEquals(2, course.publications().size());
    }

    @Test
    void aModuleOfThePublishedVersionLeadsToItsCopyInTheDraft() {
        Course course = courseWithOneLesson("Gastlessen");
        CourseVersion published = course.publish(AUTHOR, NOW);
        CourseModule publishedModule = published.modules().get(0);

        CourseModule editable = course.editableModule(publishedModule, NOW);
        assertTrue(editable.courseVersion().isDraft());
        assertEquals(publishedModule.title(), editable.title());

        var old = assertThrows(BusinessRuleException.class, () -> {
            course.publish(AUTHOR, NOW);
            course.editableModule(publishedModule, NOW);
        });
        assertEquals("lesson.old-version", old.code());
    }

    @Test
    void thereIsNothingToPublishWithoutADraftAndAnEmptyELearningCannotBePublished() {
        Course course = courseWithOneLesson("Webinar");
        course.publish(AUTHOR, NOW);
        assertEquals("course.nothing-to-publish", assertThrows(BusinessRuleException.class, () -> course.publish(AUTHOR, NOW)).code());

        Course empty = Course.create("leeg", AUTHOR, content("Leeg"), NOW);
        assertEquals("course.no-lessons", assertThrows(BusinessRuleException.class, () -> empty.publish(AUTHOR, NOW)).code());
    }

    @Test
    void archivingTakesTheCourseOutOfTheCatalogue() {
        Course course = courseWithOneLesson("Oud aanbod");
        assertEquals("course.not-published", assertThrows(BusinessRuleException.class, () -> course.archive(AUTHOR, NOW)).code());
        course.publish(AUTHOR, NOW);
        course.archive(AUTHOR, NOW);
        assertEquals(CourseStatus.ARCHIVED, course.status());
        assertFalse(course.isInCatalogue());
        assertEquals(PublicationEntry.Action.ARCHIVED, course.publications().get(1).action());
    }

    @Test
    void aValidityNeedsACertificate() {
        var refused = assertThrows(BusinessRuleException.class, () -> new CourseContent("T", "S", null,
                nl.ptvt.academy.catalogue.CourseFormat.WEBINAR, null, List.of(), null, null, "nl", false, 12));
        assertEquals("course.validity-without-certificate", refused.code());
    }
}

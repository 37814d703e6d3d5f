package nl.ptvt.academy.catalogue.domain;

import static nl.ptvt.academy.catalogue.domain.CourseFixtures.AUTHOR;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.NOW;
import static nl.ptvt.academy.catalogue.domain.CourseFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CourseAuthorsTest {

    private static final long COLLEAGUE = 8L;

    private final Course course = Course.create("gastles", AUTHOR, content("Een goede gastles geven"), NOW);

    @Test
    void anActiveAuthorOrAdministratorBecomesACoAuthorWhoMayEdit() {
        course.addCoAuthor(new AuthorAccount(COLLEAGUE, true, Set.of(Role.LEARNER, Role.AUTHOR)));
        course.addCoAuthor(new AuthorAccount(9L, true, Set.of(Role.LEARNER, Role.ADMIN)));

        assertEquals(Set.of(AUTHOR, COLLEAGUE, 9L), course.authorIds());
        assertTrue(course.canBeEditedBy(COLLEAGUE, false));
    }

    @Test
    void addingACoAuthorTwiceChangesNothing() {
        AuthorAccount colleague = new AuthorAccount(COLLEAGUE, true, Set.of(Role.AUTHOR));
        course.addCoAuthor(colleague);
        course.addCoAuthor(colleague);
        assertEquals(Set.of(AUTHOR, COLLEAGUE), course.authorIds());
    }

    @Test
    void learnersTrainersAndDeactivatedAuthorsCannotBeCoAuthors() {
        for (AuthorAccount refused : new AuthorAccount[] {
            new AuthorAccount(COLLEAGUE, true, Set.of(Role.LEARNER)),
            new AuthorAccount(COLLEAGUE, true, Set.of(Role.LEARNER, Role.TRAINER, Role.COORDINATOR)),
            new AuthorAccount(COLLEAGUE, false, Set.of(Role.LEARNER, Role.AUTHOR)),
            new AuthorAccount(COLLEAGUE, false, Set.of(Role.ADMIN))}) {
            BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> course.addCoAuthor(refused));
            assertEquals("course.author-not-eligible", refusal.code(), refused.toString());
        }
        assertEquals(Set.of(AUTHOR), course.authorIds());
        assertFalse(course.canBeEditedBy(COLLEAGUE, false));
    }

    @Test
    void aCoAuthorCanBeRemovedButTheOwnerStays() {
        course.addCoAuthor(new AuthorAccount(COLLEAGUE, true, Set.of(Role.AUTHOR)));
        course.removeAuthor(COLLEAGUE);
        assertEquals(Set.of(AUTHOR), course.authorIds());
        assertFalse(course.canBeEditedBy(COLLEAGUE, false), "a removed co-author may no longer edit");

        course.removeAuthor(COLLEAGUE);
        assertEquals(Set.of(AUTHOR), course.authorIds(), "removing someone who is not an author changes nothing");

        BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> course.removeAuthor(AUTHOR));
        assertEquals("course.owner-not-removable", refusal.code());
        assertTrue(course.canBeEditedBy(AUTHOR, false));
    }
}

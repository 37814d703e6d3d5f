package nl.ptvt.academy.authoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.authoring.AuthorCandidate;
import nl.ptvt.academy.authoring.CourseAuthor;
import nl.ptvt.academy.authoring.CourseAuthors;
import nl.ptvt.academy.catalogue.domain.AuthorAccount;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/** The authors of a course, kept by its authors and administrators; the rules are the course's own. */
@Stateless
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
public class CourseAuthorsService implements CourseAuthors {

    /** An autocomplete shows a handful; more would only be scrolled past. */
    static final int MAX_CANDIDATES = 20;

    @Inject
    CourseEditors editors;

    @Inject
    AccountRepository accounts;

    @Override
    public List<CourseAuthor> authors(long courseId) {
        return authorsOf(editors.editable(courseId));
    }

    @Override
    public List<CourseAuthor> addAuthor(long courseId, long accountId) {
        Course course = editors.editable(courseId);
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account.not-found", "There is no account with id " + accountId));
        course.addCoAuthor(new AuthorAccount(account.id(), account.isActive(), account.roles()));
        return authorsOf(course);
    }

    @Override
    public List<CourseAuthor> removeAuthor(long courseId, long accountId) {
        Course course = editors.editable(courseId);
        course.removeAuthor(accountId);
        return authorsOf(course);
    }

    @Override
    public List<AuthorCandidate> findAuthors(String query, int limit) {
        return accounts.searchAuthors(query, Math.max(1, Math.min(limit, MAX_CANDIDATES))).stream()
                .map(account -> new AuthorCandidate(account.id(), account.name(), account.email().address()))
                .toList();
    }

    /** The owner first, then the co-authors by name. */
    private List<CourseAuthor> authorsOf(Course course) {
        return course.authorIds().stream()
                .flatMap(id -> accounts.findById(id).stream())
                .map(account -> new CourseAuthor(account.id(), account.name(), account.email().address(),
                        account.id() == course.ownerId()))
                .sorted(Comparator.comparing((CourseAuthor author) -> !author.owner())
                        .thenComparing(author -> author.name().toLowerCase(Locale.ROOT))
                        .thenComparingLong(CourseAuthor::id))
                .toList();
    }
}

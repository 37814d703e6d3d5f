package nl.ptvt.academy.authoring;

import java.util.List;

/**
 * Who writes a course. The owner and co-authors of a course (and administrators) see and change its authors;
 * the owner always stays one. Co-authors edit the course exactly as its owner does.
 */
public interface CourseAuthors {

    /** The owner first, then the co-authors by name. */
    List<CourseAuthor> authors(long courseId);

    /**
     * Makes the account a co-author (nothing changes when it already is one).
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code course.author-not-eligible} for an account that is
     *                                                      deactivated or has neither role AUTHOR nor ADMIN
     */
    List<CourseAuthor> addAuthor(long courseId, long accountId);

    /**
     * Takes the account off the course's authors (nothing changes when it is not one).
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code course.owner-not-removable} for the owner
     */
    List<CourseAuthor> removeAuthor(long courseId, long accountId);

    /**
     * Accounts that could become co-authors, whose name or e-mail address contains {@code query}
     * (case-insensitively), by name; at most {@code limit} of them. Only what a colleague needs to recognise them.
     */
    List<AuthorCandidate> findAuthors(String query, int limit);
}

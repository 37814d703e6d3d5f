package nl.ptvt.academy.authoring;

/** An account that may be made a co-author: active, with the role AUTHOR or ADMIN. */
public record AuthorCandidate(long id, String name, String email) {
}

package nl.ptvt.academy.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findById(long id);

    /** Locks the row until the transaction ends, so that concurrent logins count failures correctly. */
    Optional<Account> findByIdForUpdate(long id);

    Optional<Account> findByEmail(EmailAddress email);

    boolean existsByEmail(EmailAddress email);

    /** Adds the account and writes it at once, so a duplicate e-mail address fails here and not at commit. */
    Account add(Account account);

    /** Name or e-mail address contains the query (case-insensitively); sorted by name, then id. */
    Page<Account> search(String query, PageRequest page);

    /**
     * Active accounts with the role AUTHOR or ADMIN whose name or e-mail address contains the query
     * (case-insensitively), sorted by name, then id; at most {@code limit}.
     */
    List<Account> searchAuthors(String query, int limit);

    /**
     * Active accounts of one organisation whose name or e-mail address contains the query (case-insensitively; any
     * when blank), sorted by name, then id; at most {@code limit}.
     */
    List<Account> findActiveMembers(long organisationId, String query, int limit);

    /** Active accounts with the role, in one organisation or (when {@code organisationId} is null) in any; by id. */
    List<Account> findActiveWithRole(Role role, Long organisationId);

    /** The accounts with these ids, in one query, by id (ids without an account are left out). */
    List<Account> findAllById(Collection<Long> ids);

    long countActiveAdministrators();

    boolean anyAdministrator();
}

package nl.ptvt.academy.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.infrastructure.Jpql;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.emailKey = :key", Account.class)
                .setParameter("key", email.key()).getResultStream().findFirst();
    }

    @Override
    public boolean existsByEmail(EmailAddress email) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.emailKey = :key", Long.class)
                .setParameter("key", email.key()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public Page<Account> search(String query, PageRequest page) {
        boolean filtered = query != null && !query.isBlank();
        String where = filtered ? " WHERE LOWER(a.name) LIKE :query ESCAPE '\\' OR a.emailKey LIKE :query ESCAPE '\\'" : "";
        var items = em.createQuery("SELECT a FROM Account a" + where + " ORDER BY a.name, a.id", Account.class)
                // one extra query for the roles of the whole page instead of one per account
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN");
        var total = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        if (filtered) {
            String pattern = Jpql.containsPattern(query.strip().toLowerCase(Locale.ROOT));
            items.setParameter("query", pattern);
            total.setParameter("query", pattern);
        }
        List<Account> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total.getSingleResult());
    }

    @Override
    public List<Account> searchAuthors(String query, int limit) {
        String pattern = Jpql.containsPattern(query == null ? "" : query.strip().toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.active = TRUE AND r IN :roles"
                        + " AND (LOWER(a.name) LIKE :query ESCAPE '\\' OR a.emailKey LIKE :query ESCAPE '\\') ORDER BY a.name, a.id", Account.class)
                .setParameter("roles", List.of(Role.AUTHOR, Role.ADMIN))
                .setParameter("query", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Account> findActiveMembers(long organisationId, String query, int limit) {
        String pattern = Jpql.containsPattern(query == null ? "" : query.strip().toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT a FROM Account a WHERE a.active = TRUE AND a.organisationId = :organisation"
                        + " AND (LOWER(a.name) LIKE :query ESCAPE '\\' OR a.emailKey LIKE :query ESCAPE '\\') ORDER BY a.name, a.id", Account.class)
                .setParameter("organisation", organisationId)
                .setParameter("query", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Account> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids ORDER BY a.id", Account.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    @Override
    public List<Account> findActiveWithRole(Role role, Long organisationId) {
        String inOrganisation = organisationId == null ? "" : " AND a.organisationId = :organisation";
        var query = em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.active = TRUE AND r = :role"
                + inOrganisation + " ORDER BY a.id", Account.class).setParameter("role", role);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultList();
    }

    @Override
    public long countActiveAdministrators() {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :admin AND a.active = TRUE", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }

    @Override
    public boolean anyAdministrator() {
        return !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
    }
}

package nl.ptvt.academy.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.infrastructure.Jpql;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public List<Organisation> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public boolean existsByName(String name, Province province) {
        return !em.createQuery("SELECT o.id FROM Organisation o WHERE o.nameKey = :key AND o.province = :province", Long.class)
                .setParameter("key", Organisation.keyOf(name)).setParameter("province", province)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    @Override
    public Page<Organisation> search(OrganisationSearch search, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (search.query() != null && !search.query().isBlank()) {
            conditions.add("o.nameKey LIKE :query ESCAPE '\\'");
            parameters.put("query", Jpql.containsPattern(search.query().strip().toLowerCase(Locale.ROOT)));
        }
        if (search.province() != null) {
            conditions.add("o.province = :province");
            parameters.put("province", search.province());
        }
        if (search.type() != null) {
            conditions.add("o.type = :type");
            parameters.put("type", search.type());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Organisation> items = em.createQuery("SELECT o FROM Organisation o" + where + " ORDER BY o.name, o.id", Organisation.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Organisation> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total.getSingleResult());
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }
}

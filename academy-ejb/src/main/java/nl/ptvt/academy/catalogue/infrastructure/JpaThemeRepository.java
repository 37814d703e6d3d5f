package nl.ptvt.academy.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import nl.ptvt.academy.catalogue.domain.Theme;
import nl.ptvt.academy.catalogue.domain.ThemeRepository;

@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Theme add(Theme theme) {
        em.persist(theme);
        em.flush();
        return theme;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Theme> findByDutchName(String name) {
        return findByName("nameNl", name);
    }

    @Override
    public Optional<Theme> findByEnglishName(String name) {
        return findByName("nameEn", name);
    }

    private Optional<Theme> findByName(String field, String name) {
        return em.createQuery("SELECT t FROM Theme t WHERE LOWER(t." + field + ") = :name", Theme.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int lastPosition() {
        Integer last = em.createQuery("SELECT MAX(t.position) FROM Theme t", Integer.class).getSingleResult();
        return last == null ? 0 : last;
    }
}

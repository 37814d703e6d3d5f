package nl.ptvt.academy.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> findById(long id);

    /** All the given organisations in one query (for lists of accounts: no query per row). */
    List<Organisation> findAllById(Collection<Long> ids);

    boolean existsByName(String name, Province province);

    Organisation add(Organisation organisation);

    Page<Organisation> search(OrganisationSearch search, PageRequest page);

    long count();
}

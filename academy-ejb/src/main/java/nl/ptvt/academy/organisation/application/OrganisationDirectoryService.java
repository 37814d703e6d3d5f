package nl.ptvt.academy.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.CreateOrganisation;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

@Stateless
public class OrganisationDirectoryService implements OrganisationDirectory {

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** Organisation names are public (schools and companies), and registration needs to offer them. */
    @Override
    @PermitAll
    public Page<OrganisationView> find(OrganisationSearch search, PageRequest page) {
        return organisations.search(search, page).map(OrganisationDirectoryService::view);
    }

    @Override
    @PermitAll
    public OrganisationView get(long id) {
        return organisations.findById(id).map(OrganisationDirectoryService::view)
                .orElseThrow(() -> notFound(id));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public OrganisationView create(CreateOrganisation command) {
        if (organisations.existsByName(command.name(), command.province())) {
            throw duplicate(command);
        }
        try {
            return view(organisations.add(new Organisation(command.name(), command.type(), command.province(), clock.instant())));
        } catch (RuntimeException e) {
            throw UniqueKeyViolation.causedBy(e) ? duplicate(command) : e;
        }
    }

    public static OrganisationView view(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.name(), organisation.type(), organisation.province());
    }

    public static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("organisation.not-found", "There is no organisation with id " + id);
    }

    private static ConflictException duplicate(CreateOrganisation command) {
        return new ConflictException("organisation.duplicate",
                "An organisation named '" + command.name().strip() + "' already exists in province " + command.province());
    }
}

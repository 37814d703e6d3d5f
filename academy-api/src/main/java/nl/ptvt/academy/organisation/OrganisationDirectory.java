package nl.ptvt.academy.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Finding organisations (open to everyone, so that registration can offer them) and adding them (admins). */
public interface OrganisationDirectory {

    Page<OrganisationView> find(@NotNull OrganisationSearch search, @NotNull @Valid PageRequest page);

    /** @throws nl.ptvt.academy.shared.ResourceNotFoundException when there is no such organisation */
    OrganisationView get(long id);

    /** @throws nl.ptvt.academy.shared.ConflictException when the province already has one by that name */
    OrganisationView create(@NotNull @Valid CreateOrganisation command);
}

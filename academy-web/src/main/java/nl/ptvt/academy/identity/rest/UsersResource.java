package nl.ptvt.academy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.ptvt.academy.identity.AccountAdministration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.InvalidParameterException;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** Account administration (administrators only). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UsersResource {

    @Inject
    AccountAdministration administration;

    public record OrganisationPlacement(Long organisationId) {
    }

    public record AccountStatus(@NotNull Boolean active) {
    }

    @GET
    public Page<AccountView> find(@QueryParam("q") String query, @QueryParam("page") String page, @QueryParam("size") String size) {
        return administration.find(query, QueryParameters.page(page, size));
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") long id) {
        return administration.get(id);
    }

    @PUT
    @Path("{id}/roles")
    public AccountView assignRoles(@PathParam("id") long id, @NotNull List<String> roleNames) {
        return administration.assignRoles(id, roles(roleNames));
    }

    @PUT
    @Path("{id}/organisation")
    public AccountView placeInOrganisation(@PathParam("id") long id, @NotNull OrganisationPlacement placement) {
        return administration.placeInOrganisation(id, placement.organisationId());
    }

    @PUT
    @Path("{id}/status")
    public AccountView setStatus(@PathParam("id") long id, @NotNull AccountStatus status) {
        if (status.active() == null) {
            throw new InvalidParameterException("active", "must be true or false");
        }
        return status.active() ? administration.reactivate(id) : administration.deactivate(id);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            Role role = QueryParameters.optionalEnum("[" + i + "]", names.get(i), Role.class);
            if (role == null) {
                throw new InvalidParameterException("[" + i + "]", "must be a role name");
            }
            roles.add(role);
        }
        return roles;
    }
}

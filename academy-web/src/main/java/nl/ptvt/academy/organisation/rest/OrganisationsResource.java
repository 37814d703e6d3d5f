package nl.ptvt.academy.organisation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.CreateOrganisation;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    OrganisationDirectory directory;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    public Page<OrganisationView> find(@QueryParam("q") String query, @QueryParam("province") String province,
                                       @QueryParam("type") String type,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        OrganisationSearch search = new OrganisationSearch(query,
                QueryParameters.optionalEnum("province", province, Province.class),
                QueryParameters.optionalEnum("type", type, OrganisationType.class));
        return directory.find(search, QueryParameters.page(page, size));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public OrganisationView get(@PathParam("id") long id) {
        return directory.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@NotNull @Valid CreateOrganisation command) {
        OrganisationView created = directory.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }
}

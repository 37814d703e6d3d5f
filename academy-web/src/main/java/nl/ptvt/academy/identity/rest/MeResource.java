package nl.ptvt.academy.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.ChangePassword;
import nl.ptvt.academy.identity.MyAccount;
import nl.ptvt.academy.identity.Role;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MyAccount myAccount;

    @GET
    @RolesAllowed(Role.Names.LEARNER)
    public AccountView me() {
        return myAccount.current();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public Response changePassword(@NotNull @Valid ChangePassword command) {
        myAccount.changePassword(command);
        return Response.noContent().build();
    }
}

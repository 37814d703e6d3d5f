package nl.ptvt.academy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.ptvt.academy.identity.AccountRegistration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.RegisterAccount;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountRegistration registration;

    @Context
    UriInfo uri;

    @POST
    @PermitAll
    public Response register(@NotNull @Valid RegisterAccount command) {
        AccountView account = registration.register(command);
        return Response.created(uri.getBaseUriBuilder().path("users").path(Long.toString(account.id())).build())
                .entity(account).build();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountsResource {

    @Inject
    AccountRegistration registration;

    @Context
    UriInfo uri;

    @POST
    @PermitAll
    @Operation(summary = "Register an account (a learner); the organisation is optional")
    @APIResponse(responseCode = "201", description = "The new account; Location points at it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (violations)")
    @APIResponse(responseCode = "409", description = "The e-mail address is already registered")
    @APIResponse(responseCode = "422", description = "The organisation does not exist")
    public Response register(@NotNull @Valid RegisterAccount command) {
        AccountView account = registration.register(command);
        return Response.created(uri.getBaseUriBuilder().path("users").path(Long.toString(account.id())).build())
                .entity(account).build();
    }
}

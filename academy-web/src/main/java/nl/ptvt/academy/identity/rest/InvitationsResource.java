package nl.ptvt.academy.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import nl.ptvt.academy.identity.AccountInvitations;
import nl.ptvt.academy.identity.ActivateAccount;
import nl.ptvt.academy.identity.Invitation;
import nl.ptvt.academy.identity.InviteAccount;
import nl.ptvt.academy.identity.Role;

@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    AccountInvitations invitations;

    @Context
    UriInfo uri;

    /** 201 for a new, invited account; 200 for an address that had an account already (invited again if never activated). */
    @POST
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Response invite(@NotNull @Valid InviteAccount command) {
        Invitation invitation = invitations.invite(command.email(), command.organisationId());
        if (!invitation.created()) {
            return Response.ok(invitation).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("users").path(Long.toString(invitation.accountId())).build())
                .entity(invitation).build();
    }

    @POST
    @Path("activation")
    @PermitAll
    public Response activate(@NotNull @Valid ActivateAccount command) {
        return Response.ok(invitations.activate(command)).header("Cache-Control", "no-store").build();
    }
}

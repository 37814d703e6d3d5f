package nl.ptvt.academy.enrolment.rest;

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
import jakarta.ws.rs.core.MediaType;
import nl.ptvt.academy.enrolment.ApprovalDecision;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** Approving or refusing pending enrolments (administrators; coordinators for their own organisation). */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class EnrolmentDecisionsResource {

    @Inject
    Enrolments enrolments;

    @GET
    @Path("pending")
    public Page<LearnerProgress> pending(@QueryParam("page") String page, @QueryParam("size") String size) {
        return enrolments.pendingApprovals(QueryParameters.page(page, size));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentView decide(@PathParam("id") long id, @NotNull @Valid ApprovalDecision decision) {
        return enrolments.decide(id, decision);
    }
}

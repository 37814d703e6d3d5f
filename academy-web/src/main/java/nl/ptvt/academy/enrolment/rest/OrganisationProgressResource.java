package nl.ptvt.academy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ptvt.academy.enrolment.CourseProgressCount;
import nl.ptvt.academy.enrolment.ProgressReports;
import nl.ptvt.academy.identity.Role;

/**
 * A coordinator's overview of their organisation's people per course. Shares the path {@code organisations} with
 * the organisation directory; JAX-RS merges them.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationProgressResource {

    @Inject
    ProgressReports reports;

    @GET
    @Path("{id}/progress")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<CourseProgressCount> progress(@PathParam("id") long organisationId) {
        return reports.organisation(organisationId);
    }
}

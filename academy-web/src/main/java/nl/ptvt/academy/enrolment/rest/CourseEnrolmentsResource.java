package nl.ptvt.academy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.ptvt.academy.enrolment.BulkEnrolment;
import nl.ptvt.academy.enrolment.BulkEnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.ProgressReports;
import nl.ptvt.academy.enrolment.ReportFilter;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.rest.JsonSettings;
import nl.ptvt.academy.shared.rest.QueryParameters;

/**
 * A course's enrolments: enrolling (oneself, or people in bulk) and the progress report, also as CSV. Shares the
 * path {@code courses} with the catalogue and authoring resources; JAX-RS merges them.
 */
@Path("courses")
public class CourseEnrolmentsResource {

    static final String CSV = "text/csv";

    @Inject
    Enrolments enrolments;

    @Inject
    ProgressReports reports;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    /**
     * Without a body (or with {@code {}}) the caller enrols themself; with {@code {"emails":[...]}} a coordinator
     * enrols people of their organisation. The body is read as text because it may be absent, so it is validated
     * here rather than by JAX-RS.
     */
    @POST
    @Path("{id}/enrolments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    public Response enrol(@PathParam("id") long courseId, String body) {
        if (body == null || body.isBlank() || body.replaceAll("\\s", "").equals("{}")) {
            EnrolmentResult result = enrolments.enrolMe(courseId);
            if (!result.created()) {
                return Response.ok(result.enrolment()).build();
            }
            return Response.created(uri.getBaseUriBuilder().path("me/enrolments").path(Long.toString(result.enrolment().id())).build())
                    .entity(result.enrolment()).build();
        }
        BulkEnrolment people = JsonSettings.read(body, BulkEnrolment.class);
        Set<ConstraintViolation<BulkEnrolment>> violations = validator.validate(people);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        BulkEnrolmentResult result = enrolments.enrolPeople(courseId, people);
        return Response.created(uri.getBaseUriBuilder().path("courses").path(Long.toString(courseId)).path("enrolments").build())
                .entity(result).build();
    }

    @GET
    @Path("{id}/enrolments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN, Role.Names.COORDINATOR})
    public Page<LearnerProgress> report(@PathParam("id") long courseId, @QueryParam("status") String status,
                                        @QueryParam("organisation") String organisation, @QueryParam("q") String query,
                                        @QueryParam("sort") String sort, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return reports.course(courseId, filter(status, organisation, query, sort), QueryParameters.page(page, size));
    }

    /** The whole report (same filters and order, no paging), streamed in batches as it is read. */
    @GET
    @Path("{id}/enrolments.csv")
    @Produces(CSV)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN, Role.Names.COORDINATOR})
    public Response export(@PathParam("id") long courseId, @QueryParam("status") String status,
                           @QueryParam("organisation") String organisation, @QueryParam("q") String query,
                           @QueryParam("sort") String sort) {
        ReportFilter filter = filter(status, organisation, query, sort);
        // access and existence are checked now, while a refusal can still be a problem response
        reports.course(courseId, filter, new PageRequest(0, 1));
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            ProgressCsv lines = new ProgressCsv(writer);
            lines.header();
            reports.exportCourse(courseId, filter, lines::row);
            writer.flush();
        };
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"course-" + courseId + "-progress.csv\"")
                .build();
    }

    private static ReportFilter filter(String status, String organisation, String query, String sort) {
        return new ReportFilter(QueryParameters.optionalEnum("status", status, EnrolmentStatus.class),
                QueryParameters.optionalId("organisation", organisation), query,
                QueryParameters.optionalEnum("sort", sort, ReportFilter.ReportSort.class));
    }
}

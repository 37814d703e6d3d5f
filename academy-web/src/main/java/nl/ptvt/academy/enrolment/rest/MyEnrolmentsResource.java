package nl.ptvt.academy.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.ptvt.academy.enrolment.AttemptResult;
import nl.ptvt.academy.enrolment.EnrolmentOutline;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LessonProgress;
import nl.ptvt.academy.enrolment.PlayerLesson;
import nl.ptvt.academy.enrolment.QuizAnswers;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.rest.QueryParameters;

/** The caller's own enrolments and the lesson player's calls. Another learner's enrolment is a 404. */
@Path("me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LEARNER)
public class MyEnrolmentsResource {

    @Inject
    Enrolments enrolments;

    @Inject
    LessonProgress progress;

    @Context
    UriInfo uri;

    @GET
    public Page<EnrolmentView> mine(@QueryParam("status") String status, @QueryParam("course") String course,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = QueryParameters.page(page, size);
        EnrolmentStatus wanted = QueryParameters.optionalEnum("status", status, EnrolmentStatus.class);
        Long courseId = QueryParameters.optionalId("course", course);
        if (courseId != null) {
            // a learner has at most one enrolment per course
            List<EnrolmentView> found = enrolments.mineInCourse(courseId)
                    .filter(enrolment -> wanted == null || enrolment.status() == wanted).stream().toList();
            return Page.of(request.page() == 0 ? found : List.of(), request, found.size());
        }
        return enrolments.mine(wanted, request);
    }

    @GET
    @Path("{id}")
    public EnrolmentOutline outline(@PathParam("id") long id) {
        return enrolments.outline(id);
    }

    @DELETE
    @Path("{id}")
    public EnrolmentView withdraw(@PathParam("id") long id) {
        return enrolments.withdraw(id);
    }

    @GET
    @Path("{id}/lessons/{lessonId}")
    public PlayerLesson lesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return progress.openLesson(id, lessonId);
    }

    @PUT
    @Path("{id}/lessons/{lessonId}/completion")
    public EnrolmentView complete(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return progress.completeLesson(id, lessonId);
    }

    @POST
    @Path("{id}/lessons/{lessonId}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long id, @PathParam("lessonId") long lessonId, @NotNull @Valid QuizAnswers answers) {
        AttemptResult result = progress.submitAttempt(id, lessonId, answers);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(result.attempt())).build()).entity(result).build();
    }

    @GET
    @Path("{id}/lessons/{lessonId}/attempts/{number}")
    public AttemptResult attempt(@PathParam("id") long id, @PathParam("lessonId") long lessonId, @PathParam("number") int number) {
        return progress.attempt(id, lessonId, number);
    }
}

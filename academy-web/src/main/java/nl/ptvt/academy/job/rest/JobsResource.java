package nl.ptvt.academy.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobResult;
import nl.ptvt.academy.job.JobView;

/** A background job for the person who started it (and administrators): its progress, then its result file. */
@Path("jobs")
@RolesAllowed({Role.Names.LEARNER, Role.Names.COORDINATOR, Role.Names.TRAINER, Role.Names.AUTHOR, Role.Names.ADMIN})
public class JobsResource {

    @Inject
    BackgroundJobs jobs;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobView get(@PathParam("id") long jobId) {
        return jobs.find(jobId);
    }

    @GET
    @Path("{id}/result")
    @Produces({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response result(@PathParam("id") long jobId) {
        JobResult result = jobs.result(jobId);
        return Response.ok(result.file().toFile(), result.mediaType())
                .header("Content-Length", result.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + result.name() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The answer to a request that started a job: 202 with the job, and where to follow it. */
    public static Response accepted(UriBuilder base, JobView job) {
        return Response.accepted(job).location(base.path("jobs").path(Long.toString(job.id())).build()).build();
    }
}

package nl.ptvt.academy.files.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import nl.ptvt.academy.files.StoredFile;
import nl.ptvt.academy.files.UploadedFileView;
import nl.ptvt.academy.files.Uploads;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * Uploads arrive as the raw request body, whatever Content-Type the client claims: the type is detected from the
 * bytes. Downloads are public, because the files are the toolbox material of the public course pages.
 */
@Path("files")
public class FilesResource {

    @Inject
    Uploads uploads;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Response upload(@QueryParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                           InputStream content) {
        UploadedFileView stored = uploads.store(UploadName.of(name, disposition), content);
        return Response.created(uri.getBaseUriBuilder().path("files").path(Long.toString(stored.id())).build())
                .entity(stored).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response download(@PathParam("id") long id) {
        StoredFile file = uploads.open(id)
                .orElseThrow(() -> new ResourceNotFoundException("file.not-found", "There is no file with id " + id));
        StreamingOutput body = output -> {
            try (InputStream in = file.content().open()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, file.file().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, UploadName.attachment(file.file().name()))
                .header(HttpHeaders.CONTENT_LENGTH, file.file().size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

package nl.ptvt.academy.job.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobResult;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * A finished job's file for the pages: {@code /taken/resultaat?id=}. (The REST API's download takes a bearer token,
 * which a page session has not.) web.xml lets every signed-in role in; the service shows a job only to whoever
 * started it and to administrators, anyone else gets 404.
 */
@WebServlet(name = "JobResultServlet", urlPatterns = "/taken/resultaat")
public class JobResultServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BackgroundJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobResult result;
        try {
            result = jobs.result(Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType(result.mediaType());
        response.setContentLengthLong(result.bytes());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + result.name() + "\"");
        response.setHeader("Cache-Control", "no-store");
        Files.copy(result.file(), response.getOutputStream());
    }
}
